using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.CheckIdentifiers;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>The hot path's plain test of a check's input must accept exactly what the endpoint's validator accepts.</summary>
public sealed class CheckValidationRulesTests
{
    private static readonly string?[] One = ["11010519491231002X"];

    public static TheoryData<string, CheckIdentifiers> Cases => new()
    {
        { "one identifier", new CheckIdentifiers(One, null, null) },
        { "no list", new CheckIdentifiers(null, null, null) },
        { "empty list", new CheckIdentifiers([], null, null) },
        { "a null identifier", new CheckIdentifiers([null], null, null) },
        { "1,000", new CheckIdentifiers(Enumerable.Repeat<string?>("x", 1000).ToArray(), null, null) },
        { "1,001", new CheckIdentifiers(Enumerable.Repeat<string?>("x", 1001).ToArray(), null, null) },
        { "known measure", new CheckIdentifiers(One, "HSR", null) },
        { "unknown measure", new CheckIdentifiers(One, "TELEPORT", null) },
        { "blank measure", new CheckIdentifiers(One, "  ", null) },
        { "measure in lower case", new CheckIdentifiers(One, "hsr", null) },
        { "jurisdiction", new CheckIdentifiers(One, null, "rongcheng") },
        { "jurisdiction too long", new CheckIdentifiers(One, null, new string('a', 41)) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Accepts_AgreesWithTheValidator(string name, CheckIdentifiers check)
    {
        var validator = new CheckIdentifiersValidator().Validate(check).IsValid;

        CheckIdentifiersValidator.Accepts(check).ShouldBe(validator, name);
    }
}
