using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Explanations;

/// <summary>One thing holding a subject down, and the two ways out of it: repair when allowed, or lapse by itself.</summary>
/// <param name="Kind">"ledger" for a negative entry, "listing" for a black-list entry.</param>
/// <param name="EarliestRepair">The first day repair may be asked for; null when the rule offers no repair (the entry only lapses).</param>
/// <param name="LapsesAt">When it stops counting by itself; null when it never lapses.</param>
public sealed record RepairStep(
    string Kind,
    Guid Id,
    string TitleZh,
    string TitleEn,
    int? Points,
    DateTimeOffset Since,
    DateTimeOffset? EarliestRepair,
    string ConditionsZh,
    string ConditionsEn,
    DateTimeOffset? LapsesAt,
    ProjectedStanding? AtEarliestRepair,
    ProjectedStanding? AtLapse);

/// <summary>The score and band on a future day if nothing else happened meanwhile.</summary>
public sealed record ProjectedStanding(DateTimeOffset On, int Score, string? Band);

/// <summary>A listing as the repair path needs it: the entry and the rules of its list.</summary>
public sealed record HeldListing(ListEntry Entry, CreditList List);

/// <summary>Works out each subject's way back, from the periods written in the rules and lists alone.</summary>
public static class RepairPathPlanner
{
    public static IReadOnlyList<RepairStep> Plan(
        SchemeDefinition scheme, IReadOnlyList<ExplainedEntry> entries, IReadOnlyList<HeldListing> listings, DateTimeOffset now)
    {
        var lines = entries.Select(e => e.ToLine()).ToList();
        ProjectedStanding? At(DateTimeOffset? day)
        {
            if (day is not { } d)
            {
                return null;
            }

            var result = ScoreCalculator.Compute(scheme, lines, d < now ? now : d);
            return new ProjectedStanding(d < now ? now : d, result.Score, result.Band);
        }

        var steps = new List<RepairStep>();
        foreach (var e in entries.Where(e => e.Points < 0 && e.OccurredAt <= now && (e.ExpiresAt is not { } x || x > now))
                     .OrderBy(e => e.OccurredAt).ThenBy(e => e.EntryId))
        {
            DateTimeOffset? earliest = e.Rule.RectificationDays is { } days ? RepairEligibility.EarliestRequest(e.RecordedAt, days) : null;
            steps.Add(new RepairStep(
                "ledger", e.EntryId, Named(e.Rule.TitleZh, e.Rule.Code), Named(e.Rule.TitleEn, e.Rule.Code), e.Points, e.OccurredAt, earliest,
                earliest is null ? "此规则不设信用修复，到期自动失效。" : "纠正失信行为，并签署信用承诺书。",
                earliest is null ? "This rule offers no repair; the entry lapses by itself." : "Put the conduct right and sign a commitment to keep faith.",
                e.ExpiresAt, At(earliest), At(e.ExpiresAt)));
        }

        foreach (var held in listings.Where(l => l.Entry.IsInForce(now) && l.List.Kind == ListKind.Black)
                     .OrderBy(l => l.Entry.ListedAt).ThenBy(l => l.Entry.Id))
        {
            var earliest = RepairEligibility.EarliestRequest(held.Entry.ListedAt, held.List.MinimumDaysBeforeRepair);
            steps.Add(new RepairStep(
                "listing", held.Entry.Id, held.List.Name, held.List.Name, null, held.Entry.ListedAt, earliest,
                "履行义务（例如还清债务），并签署信用承诺书。",
                "Perform the obligation (for example, pay the debt) and sign a commitment to keep faith.",
                held.Entry.ExpiresAt, At(earliest), At(held.Entry.ExpiresAt)));
        }

        return steps;
    }

    private static string Named(string title, string code) => string.IsNullOrWhiteSpace(title) ? code : title;
}
