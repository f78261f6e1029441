using System.Threading.Channels;
using CreditPlatform.Application.Checks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>
/// Keeps the audit trail of checks off the request path: checks queue their records in a bounded
/// channel, and one writer drains it in batches with binary COPY into check_log. On shutdown the
/// queue is drained before the process ends.
/// </summary>
public sealed class CheckLogWriter(NpgsqlDataSource dataSource, ILogger<CheckLogWriter> logger) : ICheckLog, IHostedService, IDisposable
{
    private const int Capacity = 500_000;
    private const int BatchSize = 10_000;

    /// <summary>
    /// How long a batch waits for company once the first record arrives: under load a COPY carries
    /// thousands of rows instead of one, which is what keeps the log off the check's cost.
    /// </summary>
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(100);

    private readonly Channel<CheckRecord> _queue = Channel.CreateBounded<CheckRecord>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _abort = new();
    private Task? _drain;
    private bool _disposed;

    public async ValueTask RecordAsync(IReadOnlyList<CheckRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            if (_queue.Writer.TryWrite(record))
            {
                continue;
            }

            if (!await _queue.Writer.WaitToWriteAsync(cancellationToken))
            {
                logger.LogWarning("A check arrived while the check log was shutting down; it is not logged");
                return;
            }

            await _queue.Writer.WriteAsync(record, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _drain = Task.Run(() => DrainAsync(_abort.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (Volatile.Read(ref _disposed))
        {
            return;
        }

        await using var abort = cancellationToken.Register(_abort.Cancel);
        if (_drain is not null)
        {
            await _drain.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        if (!Interlocked.Exchange(ref _disposed, true))
        {
            _queue.Writer.TryComplete();
            _abort.Dispose();
        }
    }

    private async Task DrainAsync(CancellationToken ct)
    {
        var batch = new List<CheckRecord>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync(ct))
        {
            if (!_queue.Reader.Completion.IsCompleted)
            {
                await Task.Delay(Linger, ct);
            }

            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await WriteAsync(batch, ct);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<CheckRecord> batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CopyAsync(batch, ct);
                return;
            }
            catch (NpgsqlException e) when (!ct.IsCancellationRequested)
            {
                // Keep the batch and try again: the log must not lose checks while the database is away.
                logger.LogWarning("Writing {Count} check log rows failed ({SqlState}); attempt {Attempt}, retrying",
                    batch.Count, (e as PostgresException)?.SqlState, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), ct);
            }
        }
    }

    private async Task CopyAsync(List<CheckRecord> batch, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY check_log (at, actor, caller_tenant_id, identifier_hash, measure, restricted, entry_ids, correlation_id) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in batch)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(r.At, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(r.Actor, NpgsqlDbType.Text, ct);
            if (r.CallerTenantId is { } tenant)
            {
                await importer.WriteAsync(tenant, NpgsqlDbType.Uuid, ct);
            }
            else
            {
                await importer.WriteNullAsync(ct);
            }

            await WriteNullableAsync(importer, r.IdentifierHash, NpgsqlDbType.Bytea, ct);
            await WriteNullableAsync(importer, r.Measure, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(r.Restricted, NpgsqlDbType.Boolean, ct);
            await importer.WriteAsync(r.EntryIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(importer, r.CorrelationId, NpgsqlDbType.Text, ct);
        }

        await importer.CompleteAsync(ct);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : class
    {
        if (value is null)
        {
            await importer.WriteNullAsync(ct);
        }
        else
        {
            await importer.WriteAsync(value, type, ct);
        }
    }
}
