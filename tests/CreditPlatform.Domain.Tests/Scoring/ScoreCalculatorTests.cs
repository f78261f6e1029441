using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class ScoreCalculatorTests
{
    [Fact]
    public void Compute_WhenNoEntries_ReturnsBaseScoreAndItsBand()
    {
        ScoreCalculator.Compute(Rongcheng, [], T0).ShouldBe(new ScoreResult(1000, "A", null));
    }

    [Fact]
    public void Compute_WhenEntriesCount_AddsThemToBase()
    {
        LedgerLine[] lines = [new(30, T0.AddDays(-20)), new(-5, T0.AddDays(-10)), new(40, T0.AddDays(-1))];

        var result = ScoreCalculator.Compute(Rongcheng, lines, T0);

        result.Score.ShouldBe(1065);
        result.Band.ShouldBe("AAA");
    }

    [Fact]
    public void Compute_WhenEntryAfterAsOf_LeavesItOut()
    {
        LedgerLine[] lines = [new(-50, T0.AddDays(-1)), new(-100, T0.AddDays(1))];

        ScoreCalculator.Compute(Rongcheng, lines, T0).Score.ShouldBe(950);
    }

    [Theory]
    [InlineData(-1, 950)]
    [InlineData(0, 1000)]
    [InlineData(1, 1000)]
    public void Compute_WhenEntryExpires_StopsCountingOnExpiresAt(int secondsFromExpiry, int expected)
    {
        var expiresAt = T0.AddYears(2);
        LedgerLine[] lines = [new(-50, T0, ExpiresAt: expiresAt)];

        ScoreCalculator.Compute(Rongcheng, lines, expiresAt.AddSeconds(secondsFromExpiry)).Score.ShouldBe(expected);
    }

    [Fact]
    public void Compute_WhenBelowFloor_ClampsToFloor()
    {
        var scheme = Rongcheng with { Floor = 0 };
        LedgerLine[] lines = [new(-1500, T0)];

        ScoreCalculator.Compute(scheme, lines, T0).Score.ShouldBe(0);
    }

    [Fact]
    public void Compute_WhenAboveCeiling_ClampsToCeiling()
    {
        var scheme = Rongcheng with { Ceiling = 1100 };
        LedgerLine[] lines = [new(200, T0)];

        ScoreCalculator.Compute(scheme, lines, T0).Score.ShouldBe(1100);
    }

    [Fact]
    public void Compute_WhenOverrideActive_HoldsBandAtOverride()
    {
        var until = T0.AddDays(365);
        LedgerLine[] lines = [new(-50, T0, BandOverride: "C", BandOverrideUntil: until), new(120, T0)];

        var result = ScoreCalculator.Compute(Rongcheng, lines, T0.AddDays(10));

        result.Score.ShouldBe(1070);
        result.Band.ShouldBe("C");
        result.ActiveOverride.ShouldBe(new ActiveBandOverride("C", until));
    }

    [Fact]
    public void Compute_WhenOverrideExpired_BandFollowsScoreAgain()
    {
        var until = T0.AddDays(365);
        LedgerLine[] lines = [new(-50, T0, BandOverride: "C", BandOverrideUntil: until)];

        var result = ScoreCalculator.Compute(Rongcheng, lines, until);

        result.Band.ShouldBe("B");
        result.ActiveOverride.ShouldBeNull();
    }

    [Fact]
    public void Compute_WhenScoreBandWorseThanOverride_KeepsScoreBand()
    {
        LedgerLine[] lines = [new(-450, T0, BandOverride: "C", BandOverrideUntil: T0.AddDays(365))];

        var result = ScoreCalculator.Compute(Rongcheng, lines, T0);

        result.Band.ShouldBe("D");
        result.ActiveOverride!.Band.ShouldBe("C");
    }

    [Fact]
    public void Compute_WhenSeveralOverridesActive_TheWorstHolds()
    {
        LedgerLine[] lines =
        [
            new(0, T0, BandOverride: "C", BandOverrideUntil: T0.AddDays(365)),
            new(0, T0, BandOverride: "B", BandOverrideUntil: T0.AddDays(700)),
        ];

        ScoreCalculator.Compute(Rongcheng, lines, T0).Band.ShouldBe("C");
    }

    [Fact]
    public void Compute_WhenOverrideNotYetOccurred_DoesNotApply()
    {
        LedgerLine[] lines = [new(0, T0.AddDays(1), BandOverride: "C", BandOverrideUntil: T0.AddDays(366))];

        ScoreCalculator.Compute(Rongcheng, lines, T0).Band.ShouldBe("A");
    }

    [Fact]
    public void Compute_WhenOverrideBandUnknownToScheme_IsIgnored()
    {
        LedgerLine[] lines = [new(0, T0, BandOverride: "Z", BandOverrideUntil: T0.AddDays(365))];

        var result = ScoreCalculator.Compute(Rongcheng, lines, T0);

        result.Band.ShouldBe("A");
        result.ActiveOverride.ShouldBeNull();
    }

    [Fact]
    public void Compute_WhenPointsExpiredButOverrideNot_OverrideStillHolds()
    {
        LedgerLine[] lines = [new(-50, T0, ExpiresAt: T0.AddDays(30), BandOverride: "C", BandOverrideUntil: T0.AddDays(365))];

        var result = ScoreCalculator.Compute(Rongcheng, lines, T0.AddDays(60));

        result.Score.ShouldBe(1000);
        result.Band.ShouldBe("C");
    }

    [Fact]
    public void Compute_WhenVillageSchemeWithoutBands_ReturnsScoreWithoutBand()
    {
        LedgerLine[] lines = [new(2, T0), new(30, T0), new(-1, T0)];

        ScoreCalculator.Compute(Majia, lines, T0).ShouldBe(new ScoreResult(31, null, null));
    }
}
