using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Events;

/// <summary>
/// Each subject's counted entries per rule, sorted by occurrence as the engine's caps require, kept up to date
/// as a batch is evaluated so that the tenth event of a batch sees the nine before it.
/// </summary>
internal sealed class CapHistories(IReadOnlyDictionary<Guid, List<CountedEntry>> ledgers)
{
    private readonly Dictionary<(Guid Subject, string Rule), List<PriorEntry>> _histories = [];

    public List<PriorEntry> For(Guid subjectId, string ruleCode)
    {
        if (_histories.TryGetValue((subjectId, ruleCode), out var history))
        {
            return history;
        }

        history = [];
        if (ledgers.TryGetValue(subjectId, out var counted))
        {
            foreach (var entry in counted)
            {
                if (string.Equals(entry.RuleCode, ruleCode, StringComparison.Ordinal))
                {
                    history.Add(new PriorEntry(entry.Line.OccurredAt, entry.Line.Points));
                }
            }
        }

        _histories[(subjectId, ruleCode)] = history;
        return history;
    }

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
