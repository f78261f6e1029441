using CreditPlatform.Application.Transparency;
using CreditPlatform.Application.Transparency.GetTransparencyReport;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>The transparency report's counts for one jurisdiction and period, grouped in SQL.</summary>
public sealed class TransparencyFigures(AppDbContext db) : ITransparencyFigures
{
    public Task<List<ReportRow>> EventsByRuleAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Rows($"""
            SELECT e.rule_code AS "Key", coalesce(max(r.title_zh) || ' / ' || max(r.title_en), '') AS "Detail", count(*)::int AS "Count"
            FROM credit_events e
            LEFT JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
            WHERE e.tenant_id = {tenantId} AND e.occurred_at >= {from} AND e.occurred_at < {to}
            GROUP BY e.rule_code ORDER BY 3 DESC, 1
            """, ct);

    public Task<List<ReportRow>> EventsByCategoryAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Rows($"""
            SELECT coalesce(r.category, '') AS "Key", '' AS "Detail", count(*)::int AS "Count"
            FROM credit_events e
            LEFT JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
            WHERE e.tenant_id = {tenantId} AND e.occurred_at >= {from} AND e.occurred_at < {to}
            GROUP BY 1 ORDER BY 3 DESC, 1
            """, ct);

    public Task<List<ReportRow>> EventsByDepartmentAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Rows($"""
            SELECT coalesce(e.department, '') AS "Key", '' AS "Detail", count(*)::int AS "Count"
            FROM credit_events e
            WHERE e.tenant_id = {tenantId} AND e.occurred_at >= {from} AND e.occurred_at < {to}
            GROUP BY 1 ORDER BY 3 DESC, 1
            """, ct);

    public Task<List<ReportRow>> ListingsAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Rows($"""
            SELECT l.code AS "Key", e.reason AS "Detail", count(*)::int AS "Count"
            FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
            WHERE e.tenant_id = {tenantId} AND e.linked_to_entry_id IS NULL AND e.listed_at >= {from} AND e.listed_at < {to}
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
            """, ct);

    public Task<List<ReportRow>> RemovalsAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Rows($"""
            SELECT l.code AS "Key", coalesce(e.removal_reason, '') AS "Detail", count(*)::int AS "Count"
            FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
            WHERE e.tenant_id = {tenantId} AND e.linked_to_entry_id IS NULL AND e.removed_at >= {from} AND e.removed_at < {to}
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
            """, ct);

    public async Task<AppealFigures> AppealsAsync(Guid tenantId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await db.Database.SqlQuery<AppealFigures>($"""
            SELECT
              (count(*) FILTER (WHERE filed_at >= {from} AND filed_at < {to}))::int AS "Filed",
              (count(*) FILTER (WHERE decided_at >= {from} AND decided_at < {to}))::int AS "Decided",
              (count(*) FILTER (WHERE decided_at >= {from} AND decided_at < {to} AND lower(status::text) = 'upheld'))::int AS "Upheld",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - filed_at)::float8 / 86400.0)
                FILTER (WHERE decided_at >= {from} AND decided_at < {to}) AS "MedianDaysToDecision"
            FROM appeals WHERE tenant_id = {tenantId}
            """).ToListAsync(ct)).Single();

    private Task<List<ReportRow>> Rows(FormattableString sql, CancellationToken ct) => db.Database.SqlQuery<ReportRow>(sql).ToListAsync(ct);
}
