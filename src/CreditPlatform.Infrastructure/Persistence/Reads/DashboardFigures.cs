using CreditPlatform.Application.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>The dashboard's counts for one jurisdiction (row-level security applies as well).</summary>
public sealed class DashboardFigures(AppDbContext db) : IDashboardFigures
{
    public Task<List<ScoreCount>> ScoresAsync(Guid tenantId, CancellationToken ct) =>
        db.Database.SqlQuery<ScoreCount>(
            $"SELECT score AS \"Score\", band AS \"Band\", count(*)::int AS \"Count\" FROM scores WHERE tenant_id = {tenantId} GROUP BY score, band")
            .ToListAsync(ct);

    public Task<List<EventCount>> EventsByWeekAsync(Guid tenantId, DateTimeOffset from, CancellationToken ct) =>
        db.Database.SqlQuery<EventCount>($"""
            SELECT date_trunc('week', e.occurred_at AT TIME ZONE 'UTC') AS "Week", r.category AS "Category",
                   coalesce(e.department, '') AS "Department", count(*)::int AS "Count"
            FROM credit_events e
            JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
            WHERE e.tenant_id = {tenantId} AND e.occurred_at >= {from}
            GROUP BY 1, 2, 3
            """).ToListAsync(ct);
}
