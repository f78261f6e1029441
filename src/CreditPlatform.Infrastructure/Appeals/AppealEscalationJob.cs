using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Appeals not decided by their deadline go to the parent jurisdiction (platform administrators at the top); the subject
/// is told, and so are both offices: this one in its own inbox, the parent's through <c>office_notice_to_parent</c>.
/// </summary>
public sealed class AppealEscalationJob : ITenantJob
{
    public string Name => "appeal-escalation";

    /// <summary>500 appeals a pass: a jurisdiction with more overdue goes on in the next pass of the same firing.</summary>
    public bool RunsUntilDone => true;

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var tenantId = services.GetRequiredService<ITenantContext>().TenantId!.Value;
        var late = await db.Set<Appeal>()
            // The tenant named (row-level security would filter alone): on Citus it routes the locking read to one shard.
            .FromSql($"SELECT * FROM appeals WHERE tenant_id = {tenantId} AND status = 'Pending' AND decision_due < {now} ORDER BY decision_due LIMIT 500 FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (late.Count == 0)
        {
            return 0;
        }

        var parent = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.ParentId).FirstOrDefaultAsync(ct);
        var names = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId || t.Id == parent).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        // The new deadline counts the working days of whoever decides now, in their time zone.
        var calendar = await WorkingCalendars.ForTenantAsync(db, parent ?? tenantId, now, ct);
        var newDue = calendar.DeadlineAfter(now, Appeal.DefaultDecisionWorkingDays);
        var received = new List<(Appeal Appeal, OfficeNotices.Text Text)>();
        foreach (var appeal in late)
        {
            var missed = appeal.DecisionDue;
            appeal.Escalate(parent, now, newDue);
            Notices.Queue(db, Notices.ForEscalation(appeal, now));
            db.Set<OfficeNotice>().Add(OfficeNotices.HandedOn(appeal, parent is { } p ? names[p] : null, missed, now, calendar.Zone));
            if (parent is not null)
            {
                received.Add((appeal, OfficeNotices.Received(appeal, names[tenantId], missed, now, calendar.Zone)));
            }
        }

        await db.SaveChangesAsync(ct);

        // The parent's inbox is another jurisdiction's: only the narrow function writes there, for appeals escalated to it.
        foreach (var (appeal, text) in received)
        {
            await db.Database.ExecuteSqlAsync(
                $"SELECT office_notice_to_parent({appeal.Id}, {Guid.CreateVersion7()}, {text.TitleZh}, {text.TitleEn}, {text.BodyZh}, {text.BodyEn}, {now})", ct);
        }

        return late.Count;
    }
}
