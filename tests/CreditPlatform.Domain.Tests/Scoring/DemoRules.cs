using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Tests.Scoring;

/// <summary>Rules and schemes from the demo catalogue, trimmed to what the scoring tests need.</summary>
internal static class DemoRules
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static RuleDefinition Rule(string code, PointsDelta delta, params Cap[] caps) => new()
    {
        Code = code,
        Version = 1,
        TitleZh = code,
        TitleEn = code,
        Category = "public_order",
        LegalBasis = "Rongcheng personal credit standards, art. 12",
        SubjectKinds = [SubjectKind.Person, SubjectKind.Organization],
        Delta = delta,
        Caps = caps,
        EffectiveFrom = T0.AddYears(-5),
    };

    public static RuleDefinition TrafficRedLight { get; } = Rule("TRAFFIC_RED_LIGHT", PointsDelta.Fixed(-5), new Cap(30, MaxPoints: 15));

    public static RuleDefinition BloodDonation { get; } = Rule("BLOOD_DONATION", PointsDelta.Fixed(5), new Cap(365, MaxOccurrences: 2));

    public static RuleDefinition VolunteerHours { get; } =
        Rule("VOLUNTEER_HOURS", PointsDelta.PerUnit(1, 4m, "hours"), new Cap(30, MaxPoints: 20));

    public static RuleDefinition LoanArrears { get; } =
        Rule("LOAN_ARREARS_MONTH", PointsDelta.PerUnit(-10, 1m, "months"), new Cap(365, MaxPoints: 60));

    public static RuleDefinition DrunkDriving { get; } =
        Rule("DRUNK_DRIVING", PointsDelta.Fixed(-50)) with { BandOverride = new BandOverride("C", 365) };

    public static RuleDefinition CourtBreachJudgment { get; } =
        Rule("COURT_BREACH_JUDGMENT", PointsDelta.Fixed(-50)) with { RequiresDocument = true };

    /// <summary>The rule a petitioner was scored under: 10 points a letter, here with the cap that should have been there.</summary>
    public static RuleDefinition OnlineLetter { get; } = Rule("ONLINE_LETTER", PointsDelta.Fixed(-10), new Cap(30, MaxPoints: 30));

    public static RuleDefinition Donation { get; } =
        Rule("DONATION", PointsDelta.PerUnit(1, 100m, "yuan")) with { Category = "community", Purchasable = true };

    public static SchemeDefinition Rongcheng { get; } = new()
    {
        Version = 1,
        BaseScore = 1000,
        Bands =
        [
            new Band("AAA", 1050),
            new Band("AA", 1030),
            new Band("A", 960),
            new Band("B", 850),
            new Band("C", 600),
            new Band("D", null),
        ],
    };

    public static SchemeDefinition Majia { get; } = new() { Version = 1, BaseScore = 0, DisplayStars = true };
}
