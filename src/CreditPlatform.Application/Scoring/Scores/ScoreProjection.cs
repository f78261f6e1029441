using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Scores;

/// <summary>A subject's stored score, computed from its counted ledger lines.</summary>
public static class ScoreProjection
{
    public static SubjectScore Score(Guid tenantId, Guid subjectId, SchemeVersion scheme, IReadOnlyList<LedgerLine> lines, DateTimeOffset now) =>
        FromState(tenantId, subjectId, scheme, ScoreState.Of(scheme.Definition, lines, now), now);

    /// <summary>The row for a subject whose running state, as of <paramref name="now"/>, is <paramref name="state"/>.</summary>
    public static SubjectScore FromState(Guid tenantId, Guid subjectId, SchemeVersion scheme, ScoreState state, DateTimeOffset now)
    {
        var result = state.Result(scheme.Definition);
        return new SubjectScore
        {
            TenantId = tenantId,
            SubjectId = subjectId,
            Score = result.Score,
            Band = result.Band,
            SchemeVersion = scheme.Version,
            ComputedAt = now,
            NextChangeAt = Instants.Stored(state.NextChange),
            Points = state.Points,
            BandOverride = state.OverrideBand,
            BandOverrideUntil = Instants.Stored(state.OverrideUntil),
        };
    }
}
