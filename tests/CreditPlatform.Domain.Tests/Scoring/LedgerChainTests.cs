using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Tests.Scoring;

public class LedgerChainTests
{
    private static List<(long Sequence, string Content, string PreviousHash, string Hash)> Chain(int length)
    {
        var links = new List<(long, string, string, string)>();
        var previous = LedgerHash.Genesis;
        for (var sequence = 1L; sequence <= length; sequence++)
        {
            var content = $"{{\"seq\":{sequence},\"rule\":\"TRAFFIC_RED_LIGHT\",\"points\":-5}}";
            var hash = LedgerHash.Compute(previous, content);
            links.Add((sequence, content, previous, hash));
            previous = hash;
        }

        return links;
    }

    [Fact]
    public void FindFirstBreak_WhenChainIntact_ReturnsNull()
    {
        LedgerChain.FindFirstBreak(Chain(5)).ShouldBeNull();
    }

    [Fact]
    public void FindFirstBreak_WhenEmpty_ReturnsNull()
    {
        LedgerChain.FindFirstBreak([]).ShouldBeNull();
    }

    [Fact]
    public void FindFirstBreak_WhenRowContentAltered_ReturnsThatRow()
    {
        var links = Chain(5);
        links[2] = links[2] with { Content = links[2].Content.Replace("-5", "-50", StringComparison.Ordinal) };

        LedgerChain.FindFirstBreak(links).ShouldBe(3);
    }

    [Fact]
    public void FindFirstBreak_WhenRowAlteredAndRehashed_ReturnsTheNextRow()
    {
        var links = Chain(5);
        var forged = links[1].Content.Replace("-5", "-50", StringComparison.Ordinal);
        links[1] = links[1] with { Content = forged, Hash = LedgerHash.Compute(links[1].PreviousHash, forged) };

        LedgerChain.FindFirstBreak(links).ShouldBe(3);
    }

    [Fact]
    public void FindFirstBreak_WhenRowDeleted_ReturnsTheRowAfterTheGap()
    {
        var links = Chain(5);
        links.RemoveAt(3);

        LedgerChain.FindFirstBreak(links).ShouldBe(5);
    }

    [Fact]
    public void FindFirstBreak_WhenVerifyingFromTheMiddle_TrustsTheFirstPreviousHash()
    {
        LedgerChain.FindFirstBreak(Chain(5).Skip(2)).ShouldBeNull();
    }
}
