using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Audit;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CreditPlatform.Infrastructure.Lists;

/// <summary>
/// One pass of expiry. Across instances, a PostgreSQL advisory lock lets one pass run at a time
/// (the others skip); inside, rows are claimed FOR UPDATE SKIP LOCKED and only entries not yet
/// removed are touched, so a repeated or overlapping pass changes nothing twice. Each jurisdiction is
/// worked in its own scope, under its own row-level security.
/// </summary>
public sealed class ListExpiryJob(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, ILogger<ListExpiryJob> logger)
    : IListExpiryJob, IDisposable
{
    public const string Actor = "system:list-expiry";
    private const long LockKey = 0x4C69_7374_4578_7069; // "ListExpi"
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            if (!await ScalarAsync<bool>(connection, $"SELECT pg_try_advisory_lock({LockKey})", cancellationToken))
            {
                return 0;
            }

            try
            {
                var now = clock.GetUtcNow();
                var total = 0;
                foreach (var (tenantId, slug) in await DueTenantsAsync(connection, now, cancellationToken))
                {
                    int expired;
                    do
                    {
                        expired = await ExpireBatchAsync(tenantId, slug, now, cancellationToken);
                        total += expired;
                    }
                    while (expired == BatchSize);
                }

                if (total > 0)
                {
                    logger.LogInformation("Expired {Count} list entries", total);
                }

                return total;
            }
            finally
            {
                await ScalarAsync<bool>(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task<int> ExpireBatchAsync(Guid tenantId, string slug, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, slug);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
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
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private static async Task<List<(Guid TenantId, string Slug)>> DueTenantsAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT tenant_id, slug FROM list_entries_due_tenants($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tenants = new List<(Guid, string)>();
        while (await reader.ReadAsync(ct))
        {
            tenants.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return tenants;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
