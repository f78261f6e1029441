using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class ScoreStateTests
{
    [Fact]
    public void With_WhenStateWasTakenEarlierAndNothingLapsedSince_MatchesTheLedgerReadNow()
    {
        var random = new Random(20261202);
        for (var round = 0; round < 300; round++)
        {
            var taken = T0;
            var lines = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Line(random, taken)).ToList();
            var state = ScoreState.Of(Rongcheng, lines, taken);
            var now = state.NextChange is { } next && random.Next(2) == 0
                ? taken + ((next - taken) / 2)
                : taken;
            var added = Line(random, now);

            var running = state.With(Rongcheng, added, now);

            running.ShouldBe(ScoreState.Of(Rongcheng, [.. lines, added], now));
            running.Result(Rongcheng).ShouldBe(ScoreCalculator.Compute(Rongcheng, [.. lines, added], now));
        }
    }

    [Fact]
    public void With_WhenEntryDatedAfterNow_CountsNothingYetButSaysWhenItWill()
    {
        var state = default(ScoreState).With(Rongcheng, new LedgerLine(-50, T0.AddDays(3)), T0);

        state.Points.ShouldBe(0);
        state.NextChange.ShouldBe(T0.AddDays(3));
    }

    [Fact]
    public void Result_WhenOverrideHeldIsWorseThanTheScore_ShowsTheOverride()
    {
        var state = default(ScoreState).With(Rongcheng, new LedgerLine(-50, T0.AddDays(-1), null, "C", T0.AddDays(30)), T0);

        state.Result(Rongcheng).ShouldBe(new ScoreResult(950, "C", new ActiveBandOverride("C", T0.AddDays(30))));
    }

    private static LedgerLine Line(Random random, DateTimeOffset around)
    {
        var at = around.AddDays(random.Next(-400, 5));
        DateTimeOffset? expires = random.Next(2) == 0 ? at.AddDays(random.Next(1, 400)) : null;
        string[] bands = ["B", "C", "D", "ZZ"];
        var band = random.Next(3) == 0 ? bands[random.Next(bands.Length)] : null;
        DateTimeOffset? until = band is null ? null : at.AddDays(random.Next(1, 400));
        return new LedgerLine(random.Next(-60, 40), at, expires, band, until);
    }
}
