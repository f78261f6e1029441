namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// The fullest of a cap's rolling windows that contain one moment: how many points (in the rule's direction) and how
/// many occurrences the busiest window already holds. An event may add only what every window containing it still has
/// room for, so entries dated after it count as much as entries before it, and the cap holds whatever order events arrive in.
/// </summary>
internal readonly record struct CapWindow(long Points, int Occurrences)
{
    /// <summary>
    /// Sweeps every window (t − periodDays, t] with occurredAt ≤ t &lt; occurredAt + periodDays over a history sorted
    /// ascending. The sums change only where an entry enters (t = its date) or leaves (t = its date + periodDays), so the
    /// sweep visits those moments only; its cost is the number of entries within one period either side, not the history.
    /// </summary>
    /// <param name="sign">The rule's direction: points pulling the other way are not counted as room used.</param>
    public static CapWindow Busiest(IReadOnlyList<PriorEntry> history, DateTimeOffset occurredAt, int periodDays, int sign)
    {
        var start = occurredAt.AddDays(-periodDays);
        var end = occurredAt.AddDays(periodDays);

        // The window ending at the event: entries in (start, occurredAt].
        var first = FirstAfter(history, start);
        var enter = first;
        long points = 0;
        var occurrences = 0;
        while (enter < history.Count && history[enter].OccurredAt <= occurredAt)
        {
            Add(history[enter], 1, ref points, ref occurrences);
            enter++;
        }

        var busiest = new CapWindow(Math.Max(0L, sign * points), occurrences);

        // Entries of that window leave in date order at date + period; later entries enter at their own date.
        // Both streams are sorted, so they merge; the sums are read after each moment's changes.
        var leave = first;
        while (true)
        {
            var nextEnter = enter < history.Count && history[enter].OccurredAt < end ? history[enter].OccurredAt : end;
            var nextLeave = leave < enter ? history[leave].OccurredAt.AddDays(periodDays) : end;
            var at = nextEnter < nextLeave ? nextEnter : nextLeave;
            if (at >= end)
            {
                break;
            }

            while (leave < enter && history[leave].OccurredAt.AddDays(periodDays) <= at)
            {
                Add(history[leave], -1, ref points, ref occurrences);
                leave++;
            }

            while (enter < history.Count && history[enter].OccurredAt == at)
            {
                Add(history[enter], 1, ref points, ref occurrences);
                enter++;
            }

            busiest = new CapWindow(Math.Max(busiest.Points, sign * points), Math.Max(busiest.Occurrences, occurrences));
        }

        return busiest;
    }

    private static void Add(PriorEntry entry, int direction, ref long points, ref int occurrences)
    {
        points += direction * entry.Points;
        if (entry.Points != 0)
        {
            occurrences += direction;
        }
    }

    /// <summary>Index of the first entry dated after <paramref name="moment"/>.</summary>
    private static int FirstAfter(IReadOnlyList<PriorEntry> history, DateTimeOffset moment)
    {
        int low = 0, high = history.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (history[mid].OccurredAt <= moment)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
