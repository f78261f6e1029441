using CreditPlatform.Application.Scoring.Schemes;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>
/// Every subject of one jurisdiction as it stands at a moment, counted from its ledger the way
/// <c>ScoreRecomputeSql</c> does (lines that occurred and have not expired, reversed entries and reversals left out),
/// with the band overrides in force; row-level security applies as well.
/// </summary>
public sealed class SchemeStandingsReader(AppDbContext db) : ISchemeStandings
{
    public Task<List<SubjectStanding>> AtAsync(Guid tenantId, DateTimeOffset asOf, CancellationToken ct) =>
        db.Database.SqlQuery<SubjectStanding>($"""
            SELECT lower(s.kind) AS "Kind", coalesce(c.points, 0)::bigint AS "Points", c.overrides AS "Overrides"
            FROM subjects s
            LEFT JOIN (
                SELECT e.subject_id,
                       sum(e.points) FILTER (WHERE e.occurred_at <= {asOf} AND (e.expires_at IS NULL OR e.expires_at > {asOf})) AS points,
                       string_agg(DISTINCT e.band_override::text, chr(31))
                           FILTER (WHERE e.occurred_at <= {asOf} AND e.band_override_until > {asOf}) AS overrides
                FROM ledger_entries e
                WHERE e.tenant_id = {tenantId} AND e.reverses_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.tenant_id = {tenantId} AND r.reverses_id = e.id)
                GROUP BY e.subject_id
            ) c ON c.subject_id = s.id
            WHERE s.tenant_id = {tenantId}
            """).ToListAsync(ct);
}
