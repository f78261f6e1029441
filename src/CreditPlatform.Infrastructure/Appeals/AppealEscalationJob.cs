using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>Appeals not decided by their deadline go to the parent jurisdiction (platform administrators at the top), and the subject is told.</summary>
public sealed class AppealEscalationJob : IDueProcessJob
{
    public string Name => "appeal-escalation";

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var tenantId = services.GetRequiredService<ITenantContext>().TenantId!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var late = await db.Set<Appeal>()
            // The tenant named (row-level security would filter alone): on Citus it routes the locking read to one shard.
            .FromSql($"SELECT * FROM appeals WHERE tenant_id = {tenantId} AND status = 'Pending' AND decision_due < {now} ORDER BY decision_due LIMIT 500 FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (late.Count == 0)
        {
            return 0;
        }

        var parent = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.ParentId).FirstOrDefaultAsync(ct);

        // The new deadline counts the working days of whoever decides now, in their time zone.
        var calendar = await WorkingCalendars.ForTenantAsync(db, parent ?? tenantId, now, ct);
        var newDue = calendar.DeadlineAfter(now, Appeal.DefaultDecisionWorkingDays);
        foreach (var appeal in late)
        {
            appeal.Escalate(parent, now, newDue);
            Notices.Queue(db, Notices.ForEscalation(appeal, now));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return late.Count;
    }
}
