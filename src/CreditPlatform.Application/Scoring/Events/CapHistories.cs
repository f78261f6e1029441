using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Events;

/// <summary>
/// Each subject's counted entries per capped rule around the batch's events, sorted by occurrence as the engine's caps
/// require, kept up to date as a batch is evaluated so that the tenth event of a batch sees the nine before it (and the
/// nine dated after it).
/// </summary>
internal sealed class CapHistories(IReadOnlyDictionary<(Guid Subject, string Rule), List<PriorEntry>> entries)
{
    /// <summary>
    /// Per subject and capped rule, the batch's earliest and latest event dates widened by the rule's longest cap
    /// period: every window that can contain one of the events lies inside.
    /// </summary>
    public static List<CapRange> Ranges(IEnumerable<(Guid Subject, RuleDefinition Rule, DateTimeOffset OccurredAt)> events)
    {
        var spans = new Dictionary<(Guid, string), (DateTimeOffset First, DateTimeOffset Last, int Days)>();
        foreach (var (subject, rule, at) in events)
        {
            var days = 0;
            foreach (var cap in rule.Caps)
            {
                days = Math.Max(days, cap.PeriodDays);
            }

            if (days == 0)
            {
                continue;
            }

            spans[(subject, rule.Code)] = spans.TryGetValue((subject, rule.Code), out var span)
                ? (at < span.First ? at : span.First, at > span.Last ? at : span.Last, Math.Max(days, span.Days))
                : (at, at, days);
        }

        return [.. spans.Select(s => new CapRange(s.Key.Item1, s.Key.Item2, s.Value.First.AddDays(-s.Value.Days), s.Value.Last.AddDays(s.Value.Days)))];
    }

    /// <returns>The entries of the subject under the rule; empty for a rule without caps, which never reads them.</returns>
    public List<PriorEntry> For(Guid subjectId, string ruleCode) =>
        entries.TryGetValue((subjectId, ruleCode), out var history) ? history : [];

    /// <summary>Adds an entry after every entry that occurred at or before it, so the list stays sorted.</summary>
    public static void Insert(List<PriorEntry> history, PriorEntry entry)
    {
        int low = 0, high = history.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (history[mid].OccurredAt <= entry.OccurredAt)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        history.Insert(low, entry);
    }
}
