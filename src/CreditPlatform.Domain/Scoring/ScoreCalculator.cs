namespace CreditPlatform.Domain.Scoring;

/// <summary>Projects a subject's ledger onto a score and band at any moment, so "score as of a date" needs no snapshot.</summary>
public static class ScoreCalculator
{
    public static ScoreResult Compute(SchemeDefinition scheme, IEnumerable<LedgerLine> lines, DateTimeOffset asOf)
    {
        long total = scheme.BaseScore;
        string? overrideBand = null;
        DateTimeOffset overrideUntil = default;
        var overrideRank = -1;

        foreach (var line in lines)
        {
            if (line.OccurredAt > asOf)
            {
                continue;
            }

            if (line.ExpiresAt is not { } expires || expires > asOf)
            {
                total += line.Points;
            }

            if (line.BandOverride is not { } band || line.BandOverrideUntil is not { } until || asOf >= until)
            {
                continue;
            }

            // A band the scheme does not define cannot be ranked against the others; rule approval keeps these out.
            var rank = TierMapper.RankOf(scheme, band);
            if (rank > overrideRank || (rank == overrideRank && rank >= 0 && until > overrideUntil))
            {
                overrideBand = band;
                overrideUntil = until;
                overrideRank = rank;
            }
        }

        var score = Clamp(total, scheme);
        var mapped = TierMapper.Map(scheme, score);
        if (overrideBand is null)
        {
            return new ScoreResult(score, mapped, null);
        }

        var mappedRank = mapped is null ? -1 : TierMapper.RankOf(scheme, mapped);
        var shown = overrideRank > mappedRank ? overrideBand : mapped;
        return new ScoreResult(score, shown, new ActiveBandOverride(overrideBand, overrideUntil));
    }

    private static int Clamp(long total, SchemeDefinition scheme)
    {
        if (scheme.Floor is { } floor && total < floor)
        {
            total = floor;
        }

        if (scheme.Ceiling is { } ceiling && total > ceiling)
        {
            total = ceiling;
        }

        return (int)Math.Clamp(total, int.MinValue, int.MaxValue);
    }
}
