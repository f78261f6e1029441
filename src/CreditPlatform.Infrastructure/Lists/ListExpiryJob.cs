using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Audit;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Infrastructure.Jobs;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Lists;

/// <summary>
/// Ends the entries whose period has run out, a batch per pass in each jurisdiction. Rows are claimed FOR UPDATE SKIP
/// LOCKED and only entries not yet removed are touched, so a repeated or overlapping pass changes nothing twice.
/// </summary>
public sealed class ListExpiryJob : ITenantJob, IDueTenants
{
    public const string JobName = "list-expiry";
    public const string Actor = Application.Common.Actors.SystemActor.Prefix + JobName;
    private const int BatchSize = 500;

    public string Name => JobName;

    public bool RunsUntilDone => true;

    public string DueTenantsSql => "SELECT tenant_id, slug FROM list_entries_due_tenants($1)";

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var tenant = services.GetRequiredService<ITenantContext>();
        var (tenantId, slug) = (tenant.TenantId!.Value, tenant.Slug!);
        var db = services.GetRequiredService<AppDbContext>();
        var due = await db.Set<ListEntry>()
            // The tenant named (row-level security would filter alone): on Citus it routes the locking read to one shard.
            .FromSql($"SELECT * FROM list_entries WHERE tenant_id = {tenantId} AND status <> 'Removed' AND expires_at <= {now} ORDER BY expires_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var lists = await db.Set<CreditList>().Where(l => due.Select(e => e.ListId).Distinct().Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        foreach (var entry in due)
        {
            entry.Expire(now, Actor);
            Notices.Queue(db, Notices.ForExpiry(lists[entry.ListId], entry, now));
            db.AuditEntries.Add(new AuditEntry
            {
                TenantId = tenantId,
                At = now,
                Actor = Actor,
                Action = "ExpireListEntry",
                Reason = $"List entry {entry.Id} reached its expiry.",
            });
        }

        foreach (var list in lists.Values)
        {
            await ListChangeOutbox.EnqueueAsync(db, list, slug, ListChangeOutbox.Removed, [.. due.Where(e => e.ListId == list.Id)], now, ct);
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}

/// <summary>The on-demand pass of <see cref="ListExpiryJob"/> (<see cref="IListExpiryJob"/>), through the job runner.</summary>
public sealed class ListExpiryRunner(JobRunner runner) : IListExpiryJob
{
    public Task<int> RunOnceAsync(CancellationToken cancellationToken = default) =>
        runner.RunOnceAsync(ListExpiryJob.JobName, cancellationToken: cancellationToken);
}
