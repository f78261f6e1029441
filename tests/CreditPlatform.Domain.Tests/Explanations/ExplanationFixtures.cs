using CreditPlatform.Domain.Explanations;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Tests.Explanations;

internal static class ExplanationFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static SchemeDefinition City(int? floor = null) => new()
    {
        Version = 1,
        BaseScore = 1000,
        Floor = floor,
        Bands = [new Band("AAA", 1050), new Band("AA", 1030), new Band("A", 960), new Band("B", 850), new Band("C", 600), new Band("D", null)],
    };

    public static RuleDefinition RedLight(int? rectificationDays = null) => new()
    {
        Code = "TRAFFIC_RED_LIGHT",
        Version = 1,
        TitleZh = "闯红灯",
        TitleEn = "Red-light violation",
        Category = "traffic",
        LegalBasis = "Road Traffic Safety Law art. 90",
        SubjectKinds = [SubjectKind.Person],
        Delta = PointsDelta.Fixed(-5),
        Caps = [new Cap(30, MaxPoints: 15)],
        ExpiryMonths = 12,
        RectificationDays = rectificationDays,
        EffectiveFrom = DateTimeOffset.MinValue,
    };

    /// <summary>Evaluates events in order through the engine, caps against the entries before, as the ledger writer does.</summary>
    public static List<ExplainedEntry> Record(RuleDefinition rule, params DateTimeOffset[] dates)
    {
        var history = new List<PriorEntry>();
        var entries = new List<ExplainedEntry>();
        foreach (var at in dates)
        {
            var v = ScoringEngine.Evaluate(rule, SubjectKind.Person, at, null, null, history).Value!;
            history.Add(new PriorEntry(at, v.Points));
            entries.Add(new ExplainedEntry
            {
                EntryId = Guid.NewGuid(),
                Points = v.Points,
                RawPoints = v.RawPoints,
                OccurredAt = at,
                RecordedAt = at,
                ExpiresAt = v.ExpiresAt,
                CapNotes = v.CapNotes,
                Rule = rule,
            });
        }

        return entries;
    }
}
