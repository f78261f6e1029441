using System.Text.Json;
using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

/// <summary>Rule and scheme definitions are stored as JSON columns; these pin what survives the round trip.</summary>
public class DefinitionJsonTests
{
    [Fact]
    public void Serialize_WhenRuleHasEnums_WritesThemByName()
    {
        var json = JsonSerializer.Serialize(VolunteerHours);

        json.ShouldContain("\"PerUnit\"");
        json.ShouldContain("\"Person\"");
        json.ShouldContain("\"Down\"");
    }

    [Fact]
    public void Deserialize_WhenRuleRoundTrips_KeepsEveryField()
    {
        var rule = DrunkDriving with { ExpiryMonths = 24, RectificationDays = 365, EffectiveTo = T0 };

        var back = JsonSerializer.Deserialize<RuleDefinition>(JsonSerializer.Serialize(rule))!;

        back.ShouldBe(rule with { SubjectKinds = back.SubjectKinds, Caps = back.Caps });
        back.SubjectKinds.ShouldBe(rule.SubjectKinds);
        back.Caps.ShouldBe(rule.Caps);
    }

    [Fact]
    public void Deserialize_WhenSchemeOmitsAppealWindow_DefaultsTo15Days()
    {
        var scheme = JsonSerializer.Deserialize<SchemeDefinition>(
            """{"Version":1,"BaseScore":1000,"Bands":[{"Code":"A","MinScore":960},{"Code":"D","MinScore":null}],"BandMeasures":{"D":["SUBSIDY","GOV_JOB"]}}""")!;

        scheme.AppealWindowDays.ShouldBe(15);
        scheme.Bands.ShouldBe([new Band("A", 960), new Band("D", null)]);
        scheme.BandMeasures["D"].ShouldBe(["SUBSIDY", "GOV_JOB"]);
    }
}
