using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Tests.Subjects;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("11010519491231002X")] // GB 11643's own example
    [InlineData("11010519491231002x")] // lower-case check character
    [InlineData("440524188001010014")]
    public void ResidentIdentityNumber_WhenCheckDigitMatches_IsValid(string value) =>
        ResidentIdentityNumber.Validate(value).ShouldBeNull();

    [Theory]
    [InlineData("110105194912310021", "check digit", SubjectErrorCodes.IdentityNumberCheckDigit)]
    [InlineData("110105194912310020", "check digit", SubjectErrorCodes.IdentityNumberCheckDigit)]
    [InlineData("11010519491331002X", "birth date", SubjectErrorCodes.IdentityNumberBirthDate)]
    [InlineData("11010518000231002X", "birth date", SubjectErrorCodes.IdentityNumberBirthDate)]
    [InlineData("1101051949123100", "18 characters", SubjectErrorCodes.IdentityNumberLength)]
    [InlineData("1101051949123100A2", "digits", SubjectErrorCodes.IdentityNumberDigits)]
    [InlineData("", "18 characters", SubjectErrorCodes.IdentityNumberLength)]
    public void ResidentIdentityNumber_WhenMalformed_SaysWhy(string value, string reason, string code)
    {
        var error = ResidentIdentityNumber.Validate(value);

        error.ShouldNotBeNull();
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(reason);
        error.Message.ShouldNotContain(value.Length > 0 ? value : "\u0000");
    }

    [Theory]
    [InlineData("91350100M000100Y43")] // examples from the standard's explanatory material
    [InlineData("91110000600037341L")]
    public void UnifiedSocialCreditCode_WhenCheckCharacterMatches_IsValid(string value) =>
        UnifiedSocialCreditCode.Validate(value).ShouldBeNull();

    [Theory]
    [InlineData("91350100M000100Y44", "check character", SubjectErrorCodes.CreditCodeCheckCharacter)]
    [InlineData("91110000600037341A", "check character", SubjectErrorCodes.CreditCodeCheckCharacter)]
    [InlineData("9135010OM000100Y43", "capital letters", SubjectErrorCodes.CreditCodeAlphabet)] // letter O is not in the alphabet
    [InlineData("91ABCDEFM000100Y43", "region", SubjectErrorCodes.CreditCodeRegion)]
    [InlineData("91350100M000100Y4", "18 characters", SubjectErrorCodes.CreditCodeLength)]
    public void UnifiedSocialCreditCode_WhenMalformed_SaysWhy(string value, string reason, string code)
    {
        var error = UnifiedSocialCreditCode.Validate(value);

        error.ShouldNotBeNull();
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void ComputeCheckCharacter_ForStandardExample_ReturnsX() =>
        ResidentIdentityNumber.ComputeCheckCharacter("11010519491231002").ShouldBe('X');

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91110000600037341L", true)]
    [InlineData("91350100M000100Y53", false)]
    public void HasValidOrganisationCode_ChecksTheEmbeddedGb11714Code(string value, bool expected) =>
        UnifiedSocialCreditCode.HasValidOrganisationCode(value).ShouldBe(expected);

    [Fact]
    public void Mask_KeepsFirstAndLastFour() =>
        Identifier.Mask("32010219800101123x").ShouldBe("3201**********123X");

    [Theory]
    [InlineData("11010519491231002X", SubjectKind.Person)]
    [InlineData("91350100M000100Y43", SubjectKind.Organization)]
    [InlineData("123", null)]
    public void DetectKind_FromShape(string value, SubjectKind? expected) =>
        Identifier.DetectKind(value).ShouldBe(expected);
}
