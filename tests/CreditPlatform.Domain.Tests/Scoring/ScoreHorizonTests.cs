using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class ScoreHorizonTests
{
    [Fact]
    public void NextChange_WhenNothingLapses_IsNull()
    {
        ScoreHorizon.NextChange([new LedgerLine(-5, T0.AddDays(-1))], T0).ShouldBeNull();
    }

    [Fact]
    public void NextChange_WhenPointsLapseAndAnOverrideEnds_IsTheEarlierOfThem()
    {
        LedgerLine[] lines =
        [
            new(-5, T0.AddDays(-1), ExpiresAt: T0.AddDays(30)),
            new(-50, T0.AddDays(-2), T0.AddDays(300), "C", T0.AddDays(10)),
        ];

        ScoreHorizon.NextChange(lines, T0).ShouldBe(T0.AddDays(10));
    }

    [Fact]
    public void NextChange_WhenAlreadyLapsed_IgnoresIt()
    {
        LedgerLine[] lines = [new(-5, T0.AddDays(-40), ExpiresAt: T0.AddDays(-1)), new(5, T0.AddDays(-1), ExpiresAt: T0.AddDays(60))];

        ScoreHorizon.NextChange(lines, T0).ShouldBe(T0.AddDays(60));
    }

    [Fact]
    public void NextChange_WhenAnEntryIsDatedAfterNow_IsWhenItStartsToCount()
    {
        ScoreHorizon.NextChange([new LedgerLine(30, T0.AddMinutes(3))], T0).ShouldBe(T0.AddMinutes(3));
    }
}
