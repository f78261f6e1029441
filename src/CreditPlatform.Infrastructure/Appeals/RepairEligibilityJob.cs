using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Tells a subject on the day credit repair of an entry becomes possible: a deduction whose rule allows repair once
/// its rectification days have passed, a black-list entry once the list's minimum days have. Once per entry.
/// </summary>
public sealed class RepairEligibilityJob : ITenantJob
{
    public string Name => "repair-eligibility";

    private sealed record LedgerRow(Guid Id, Guid SubjectId, string Title);

    private sealed record ListingRow(Guid Id, byte[] IdentifierHash, string Title);

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var tenantId = services.GetRequiredService<ITenantContext>().TenantId!.Value;
        var ledger = await db.Database.SqlQuery<LedgerRow>($"""
            SELECT e.id AS "Id", e.subject_id AS "SubjectId", coalesce(nullif(r.title_zh, ''), r.code) AS "Title"
            FROM ledger_entries e
            JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
            WHERE e.points < 0 AND e.reverses_id IS NULL AND r.rectification_days IS NOT NULL
              AND e.recorded_at + make_interval(days => r.rectification_days) <= {now}
              AND (e.expires_at IS NULL OR e.expires_at > {now})
              AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.tenant_id = e.tenant_id AND x.reverses_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.tenant_id = e.tenant_id AND n.kind = 'RepairEligible' AND n.ledger_entry_id = e.id)
            LIMIT 500
            """).ToListAsync(ct);
        var listings = await db.Database.SqlQuery<ListingRow>($"""
            SELECT e.id AS "Id", e.identifier_hash AS "IdentifierHash", l.name AS "Title"
            FROM list_entries e
            JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
            WHERE e.status = 'Active' AND l.kind = 'Black' AND l.minimum_days_before_repair > 0 AND e.expires_at > {now}
              AND e.listed_at + make_interval(days => l.minimum_days_before_repair) <= {now}
              AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.tenant_id = e.tenant_id AND n.kind = 'RepairEligible' AND n.list_entry_id = e.id)
            LIMIT 500
            """).ToListAsync(ct);
        foreach (var row in ledger)
        {
            Notices.Queue(db, Notices.ForRepairEligible(tenantId, row.SubjectId, null, row.Id, null, row.Title, now));
        }

        foreach (var row in listings)
        {
            Notices.Queue(db, Notices.ForRepairEligible(tenantId, null, row.IdentifierHash, null, row.Id, row.Title, now));
        }

        await db.SaveChangesAsync(ct);
        return ledger.Count + listings.Count;
    }
}
