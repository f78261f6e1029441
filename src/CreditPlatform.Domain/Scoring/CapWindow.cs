namespace CreditPlatform.Domain.Scoring;

/// <summary>What a subject's history holds inside one cap's rolling window.</summary>
internal readonly record struct CapWindow(long Points, int Occurrences)
{
    /// <summary>
    /// Sums the window (occurredAt − periodDays, occurredAt]. Walks backwards from the end of a history sorted
    /// ascending, so the cost is the size of the window, not of the whole history.
    /// </summary>
    public static CapWindow Measure(IReadOnlyList<PriorEntry> history, DateTimeOffset occurredAt, int periodDays)
    {
        var start = occurredAt.AddDays(-periodDays);
        long points = 0;
        var occurrences = 0;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var entry = history[i];
            if (entry.OccurredAt > occurredAt)
            {
                // Recorded late: an event dated after this one is not "before" it, whatever its row order.
                continue;
            }

            if (entry.OccurredAt <= start)
            {
                break;
            }

            points += entry.Points;
            if (entry.Points != 0)
            {
                occurrences++;
            }
        }

        return new CapWindow(points, occurrences);
    }
}
