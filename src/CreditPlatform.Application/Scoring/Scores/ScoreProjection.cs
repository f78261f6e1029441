using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Scores;

/// <summary>A subject's stored score, computed from its counted ledger lines.</summary>
public static class ScoreProjection
{
    public static SubjectScore Score(Guid tenantId, Guid subjectId, SchemeVersion scheme, IReadOnlyList<LedgerLine> lines, DateTimeOffset now)
    {
        var result = ScoreCalculator.Compute(scheme.Definition, lines, now);
        return new SubjectScore
        {
            TenantId = tenantId,
            SubjectId = subjectId,
            Score = result.Score,
            Band = result.Band,
            SchemeVersion = scheme.Version,
            ComputedAt = now,
            NextChangeAt = Instants.Stored(ScoreHorizon.NextChange(lines, now)),
        };
    }
}
