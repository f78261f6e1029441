namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// What the next entry of a subject needs to know, kept on its score row so that recording an event reads one row
/// instead of the subject's ledger: the points in force (before floor and ceiling), the worst band override in force,
/// and the next moment the state changes by itself (points lapsing, an override ending, a late-dated entry starting
/// to count). Valid from the moment it was computed until <see cref="NextChange"/>; after that the subject is
/// recomputed from its entries.
/// </summary>
public readonly record struct ScoreState(long Points, string? OverrideBand, DateTimeOffset? OverrideUntil, DateTimeOffset? NextChange)
{
    public static ScoreState Of(SchemeDefinition scheme, IEnumerable<LedgerLine> lines, DateTimeOffset asOf)
    {
        var state = default(ScoreState);
        foreach (var line in lines)
        {
            state = state.With(scheme, line, asOf);
        }

        return state;
    }

    /// <summary>The state once <paramref name="line"/> counts too; <paramref name="asOf"/> is before <see cref="NextChange"/>.</summary>
    public ScoreState With(SchemeDefinition scheme, LedgerLine line, DateTimeOffset asOf)
    {
        var next = Earliest(NextChange, line.OccurredAt, asOf);
        next = Earliest(next, line.ExpiresAt, asOf);
        next = Earliest(next, line.BandOverrideUntil, asOf);
        if (line.OccurredAt > asOf)
        {
            return this with { NextChange = next };
        }

        var points = Points;
        if (line.ExpiresAt is not { } expires || expires > asOf)
        {
            points += line.Points;
        }

        var band = OverrideBand;
        var until = OverrideUntil;
        if (line.BandOverride is { } candidate && line.BandOverrideUntil is { } candidateUntil && asOf < candidateUntil)
        {
            // A band the scheme does not define cannot be ranked against the others; rule approval keeps these out.
            var rank = TierMapper.RankOf(scheme, candidate);
            var held = band is null ? -1 : TierMapper.RankOf(scheme, band);
            if (rank > held || (rank == held && rank >= 0 && candidateUntil > until))
            {
                band = candidate;
                until = candidateUntil;
            }
        }

        return new ScoreState(points, band, until, next);
    }

    /// <summary>The score and band this state reads as under <paramref name="scheme"/>.</summary>
    public ScoreResult Result(SchemeDefinition scheme)
    {
        var score = Clamp(scheme.BaseScore + Points, scheme);
        var mapped = TierMapper.Map(scheme, score);
        if (OverrideBand is not { } band || OverrideUntil is not { } until)
        {
            return new ScoreResult(score, mapped, null);
        }

        var mappedRank = mapped is null ? -1 : TierMapper.RankOf(scheme, mapped);
        var shown = TierMapper.RankOf(scheme, band) > mappedRank ? band : mapped;
        return new ScoreResult(score, shown, new ActiveBandOverride(band, until));
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? next, DateTimeOffset? moment, DateTimeOffset asOf) =>
        moment is { } m && m > asOf && (next is not { } n || m < n) ? m : next;

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
