using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class RuleBookTests
{
    private static readonly DateTimeOffset Change = new(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly RuleDefinition V1 = TrafficRedLight with
    {
        Version = 1,
        EffectiveFrom = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        EffectiveTo = Change,
    };

    private static readonly RuleDefinition V2 = TrafficRedLight with
    {
        Version = 2,
        Delta = PointsDelta.Fixed(-3),
        EffectiveFrom = Change,
        EffectiveTo = null,
    };

    private static readonly RuleDefinition[] Versions = [V2, V1, BloodDonation];

    [Fact]
    public void Resolve_WhenEventBeforeRuleChange_ReturnsOldVersion()
    {
        RuleBook.Resolve(Versions, "TRAFFIC_RED_LIGHT", Change.AddMinutes(-1)).ShouldBe(V1);
    }

    [Fact]
    public void Resolve_WhenEventAtChangeInstant_ReturnsNewVersion()
    {
        RuleBook.Resolve(Versions, "TRAFFIC_RED_LIGHT", Change).ShouldBe(V2);
    }

    [Fact]
    public void Resolve_WhenEventAfterChange_ReturnsNewVersion()
    {
        RuleBook.Resolve(Versions, "TRAFFIC_RED_LIGHT", Change.AddYears(1)).ShouldBe(V2);
    }

    [Fact]
    public void Resolve_WhenEventBeforeFirstVersion_ReturnsNull()
    {
        RuleBook.Resolve(Versions, "TRAFFIC_RED_LIGHT", V1.EffectiveFrom.AddTicks(-1)).ShouldBeNull();
    }

    [Fact]
    public void Resolve_WhenCodeUnknown_ReturnsNull()
    {
        RuleBook.Resolve(Versions, "LITTERING", Change).ShouldBeNull();
    }

    [Fact]
    public void Resolve_WhenLastVersionRetired_ReturnsNullAfterRetirement()
    {
        var retired = V2 with { EffectiveTo = Change.AddYears(1) };

        RuleBook.Resolve([V1, retired], "TRAFFIC_RED_LIGHT", Change.AddYears(1)).ShouldBeNull();
    }

    [Fact]
    public void Resolve_WhenVersionsOverlap_ReturnsHigherVersion()
    {
        var overlapping = V2 with { EffectiveFrom = Change.AddMonths(-1) };

        RuleBook.Resolve([V1, overlapping], "TRAFFIC_RED_LIGHT", Change.AddDays(-1)).ShouldBe(overlapping);
    }
}
