using CreditPlatform.Application.Checks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>Watches in the tables of migration 0062; every read and write names the owner.</summary>
public sealed class WatchStore(NpgsqlDataSource dataSource) : IWatchStore
{
    public async Task<bool> WebhookIsOwnersAsync(Guid webhookId, Guid? ownerTenant, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT EXISTS (SELECT FROM webhook_subscriptions WHERE id = $1 AND disabled_at IS NULL AND owner_tenant_id IS NOT DISTINCT FROM $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = webhookId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)ownerTenant ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<WatchDto> AddAsync(
        string owner, Guid? ownerTenant, IReadOnlyList<WatchedIdentifier> identifiers, Guid? webhookId, DateTimeOffset now, CancellationToken ct)
    {
        var id = Guid.CreateVersion7(now);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var watch = new NpgsqlCommand(
            "INSERT INTO watches (id, owner, owner_tenant_id, webhook_id, created_at) VALUES ($1, $2, $3, $4, $5)", connection, tx))
        {
            watch.Parameters.Add(new NpgsqlParameter { Value = id });
            watch.Parameters.Add(new NpgsqlParameter { Value = owner });
            watch.Parameters.Add(new NpgsqlParameter { Value = (object?)ownerTenant ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            watch.Parameters.Add(new NpgsqlParameter { Value = (object?)webhookId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            watch.Parameters.Add(new NpgsqlParameter { Value = now });
            await watch.ExecuteNonQueryAsync(ct);
        }

        await using (var rows = new NpgsqlCommand(
            "INSERT INTO watch_identifiers (watch_id, identifier_hash, masked_identifier) SELECT $1, h, m FROM unnest($2, $3) AS u (h, m)",
            connection, tx))
        {
            rows.Parameters.Add(new NpgsqlParameter { Value = id });
            rows.Parameters.Add(new NpgsqlParameter { Value = identifiers.Select(i => i.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            rows.Parameters.Add(new NpgsqlParameter { Value = identifiers.Select(i => i.Masked).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
            await rows.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return new WatchDto(id, [.. identifiers.Select(i => i.Masked)], webhookId, now);
    }

    public async Task<IReadOnlyList<WatchDto>> ListAsync(string owner, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT w.id, ARRAY(SELECT i.masked_identifier FROM watch_identifiers i WHERE i.watch_id = w.id ORDER BY i.masked_identifier),
                   w.webhook_id, w.created_at
            FROM watches w WHERE w.owner = $1 AND w.deleted_at IS NULL ORDER BY w.created_at, w.id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var watches = new List<WatchDto>();
        while (await reader.ReadAsync(ct))
        {
            watches.Add(new WatchDto(reader.GetGuid(0), reader.GetFieldValue<string[]>(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return watches;
    }

    public async Task<bool> DeleteAsync(string owner, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("UPDATE watches SET deleted_at = $3 WHERE id = $1 AND owner = $2 AND deleted_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}

/// <summary>
/// Follows the change feed for watches: every <see cref="Lists.ListsOptions.WatchInterval"/> it runs
/// <c>watch_notify</c>, which queues one outbox message per change of a watched identifier and moves its position on
/// in the same transaction (one instance at a time); the outbox delivers them signed, at least once. On Citus it first
/// records the changes committed since the last pass (<see cref="ListChangeFeed.SequenceAsync"/>), which keeps the
/// history there current for checks as of a past date too.
/// </summary>
public sealed class WatchNotifier(
    NpgsqlDataSource dataSource, ListChangeFeed feed, Persistence.DatabaseEngine engine, IOptions<Lists.ListsOptions> options,
    ILogger<WatchNotifier> logger)
    : BackgroundService
{
    private const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await engine.IsCitusAsync(dataSource, stoppingToken))
                {
                    await feed.SequenceAsync(stoppingToken);
                }

                int queued;
                do
                {
                    await using var command = dataSource.CreateCommand("SELECT watch_notify($1)");
                    command.Parameters.Add(new NpgsqlParameter { Value = Batch });
                    queued = (int)(await command.ExecuteScalarAsync(stoppingToken))!;
                }
                while (queued > 0 && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("The watch notifier could not follow the change feed ({ExceptionType}); retrying", e.GetType().Name);
            }

            await Task.Delay(options.Value.WatchInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
