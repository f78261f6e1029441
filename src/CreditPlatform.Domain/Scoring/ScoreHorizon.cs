namespace CreditPlatform.Domain.Scoring;

/// <summary>When a score will change by itself, with no new entry: points lapsing, an override ending, a late-dated entry starting to count.</summary>
public static class ScoreHorizon
{
    /// <returns>The earliest such moment after <paramref name="asOf"/>; null when none is pending.</returns>
    public static DateTimeOffset? NextChange(IEnumerable<LedgerLine> lines, DateTimeOffset asOf)
    {
        DateTimeOffset? next = null;
        foreach (var line in lines)
        {
            Consider(line.OccurredAt);
            if (line.ExpiresAt is { } expires)
            {
                Consider(expires);
            }

            if (line.BandOverrideUntil is { } until)
            {
                Consider(until);
            }
        }

        return next;

        void Consider(DateTimeOffset moment)
        {
            if (moment > asOf && (next is null || moment < next))
            {
                next = moment;
            }
        }
    }
}
