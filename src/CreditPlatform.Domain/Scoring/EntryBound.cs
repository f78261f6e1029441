namespace CreditPlatform.Domain.Scoring;

/// <summary>How far a rule can move a score, worked out from its delta and caps alone.</summary>
internal static class EntryBound
{
    /// <summary>Most points, in absolute value, one entry can produce; null when nothing bounds it.</summary>
    public static long? MaxPerEntry(RuleDefinition rule)
    {
        // A points cap clips every single entry too, so it bounds an otherwise open per-unit rule.
        var bound = rule.Delta.MaxAbsolutePoints();
        foreach (var cap in rule.Caps)
        {
            if (cap.MaxPoints is { } max)
            {
                var magnitude = Math.Abs((long)max);
                bound = bound is { } b ? Math.Min(b, magnitude) : magnitude;
            }
        }

        return bound;
    }

    /// <summary>Whether some cap keeps every window of <paramref name="days"/> days within <paramref name="points"/>.</summary>
    /// <remarks>A cap over a longer period is at least as strict: every shorter window lies inside one of its windows.</remarks>
    public static bool HasCapWithin(RuleDefinition rule, long points, int days, bool pointsCapsOnly)
    {
        var perEntry = MaxPerEntry(rule);
        foreach (var cap in rule.Caps)
        {
            if (cap.PeriodDays < days)
            {
                continue;
            }

            if (cap.MaxPoints is { } max && Math.Abs((long)max) <= points)
            {
                return true;
            }

            if (!pointsCapsOnly && cap.MaxOccurrences is { } n && perEntry is { } each && n * each <= points)
            {
                return true;
            }
        }

        return false;
    }
}
