using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Tests.Scoring;

public class LedgerHashTests
{
    [Theory]
    [InlineData("", "abc", "f39d39bfc99287b848780d4110eb663f0e7c344ae41f46a390c4135b89dc2756")]
    [InlineData("00ff", "entry", "26286ad9fab38ea17caa58899b4245b979409f1ba99f8cb48b7c94e1c8791f3b")]
    public void Compute_WhenGivenPreviousAndContent_ReturnsLowercaseSha256OfBothJoinedByNewline(
        string previous, string content, string expected)
    {
        LedgerHash.Compute(previous, content).ShouldBe(expected);
    }

    [Fact]
    public void Compute_WhenPreviousHashDiffers_ReturnsDifferentHash()
    {
        LedgerHash.Compute("aa", "entry").ShouldNotBe(LedgerHash.Compute("ab", "entry"));
    }
}
