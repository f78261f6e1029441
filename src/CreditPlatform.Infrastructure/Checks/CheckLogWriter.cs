using System.Text.Json;
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

    /// <summary>A batch this large is written at once, without waiting out <see cref="Linger"/>.</summary>
    private const int FlushAt = 1_000;

    /// <summary>
    /// How long a batch waits for company once the first record arrives: under load a COPY carries
    /// hundreds of rows instead of one, which is what keeps the log off the check's cost. Under heavy load
    /// <see cref="FlushAt"/> cuts the wait short, so records don't linger long enough to outlive a collection.
    /// </summary>
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    private readonly Channel<CheckRecord> _queue = Channel.CreateBounded<CheckRecord>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>
    /// The log keeps each answer as the API gave it (camelCase), for <c>GET /api/v1/checks/{decisionId}</c>, written by
    /// source-generated code (<see cref="CheckResultJson"/>): the same JSON as the reflection-based serialiser without
    /// its per-property reflection metadata, and this runs once per identifier checked.
    /// </summary>
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<Application.Checks.CheckIdentifiers.CheckResult> ResultJson = CheckResultJson.Default.CheckResult;

    private readonly CancellationTokenSource _abort = new();

    /// <summary>
    /// Records counted before they enter the queue, and records written: the queue is first in, first out with one
    /// reader, so once <see cref="_written"/> reaches what <see cref="_queued"/> was, everything queued by then is in.
    /// </summary>
    private long _queued;
    private long _written;
    private readonly Lock _flushGate = new();
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _drain;
    private bool _disposed;

    public async ValueTask RecordAsync(IReadOnlyList<CheckRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            Interlocked.Increment(ref _queued);
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

    public async Task<bool> FlushAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _queued);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (Interlocked.Read(ref _written) < target)
        {
            Task progress;
            lock (_flushGate)
            {
                progress = _progress.Task;
            }

            if (Interlocked.Read(ref _written) >= target)
            {
                break;
            }

            try
            {
                await progress.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
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
            var waited = TimeSpan.Zero;
            while (waited < Linger && _queue.Reader.Count < FlushAt && !_queue.Reader.Completion.IsCompleted)
            {
                await Task.Delay(Poll, ct);
                waited += Poll;
            }

            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await WriteAsync(batch, ct);
            Interlocked.Add(ref _written, batch.Count);
            TaskCompletionSource done;
            lock (_flushGate)
            {
                done = _progress;
                _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            done.TrySetResult();
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

    /// <summary>
    /// Rows are written with the importer's synchronous calls: they fill its buffer in memory and only touch the
    /// socket when it is full, and this runs on the writer's own loop, never on a request.
    /// </summary>
    private async Task CopyAsync(List<CheckRecord> batch, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY check_log (at, actor, caller_tenant_id, identifier_hash, measure, restricted, entry_ids, correlation_id, decision_id, position, index_generation, result) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in batch)
        {
            importer.StartRow();
            importer.Write(r.At, NpgsqlDbType.TimestampTz);
            importer.Write(r.Actor, NpgsqlDbType.Text);
            WriteNullable(importer, r.CallerTenantId, NpgsqlDbType.Uuid);
            WriteNullable(importer, r.IdentifierHash, NpgsqlDbType.Bytea);
            WriteNullable(importer, r.Measure, NpgsqlDbType.Text);
            importer.Write(r.Restricted, NpgsqlDbType.Boolean);
            importer.Write(r.EntryIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            WriteNullable(importer, r.CorrelationId, NpgsqlDbType.Text);
            importer.Write(r.DecisionId, NpgsqlDbType.Uuid);
            importer.Write(r.Position, NpgsqlDbType.Integer);
            importer.Write(r.IndexGeneration, NpgsqlDbType.Bigint);
            WriteNullable(importer, r.Result is null ? null : JsonSerializer.Serialize(r.Result, ResultJson), NpgsqlDbType.Json);
        }

        await importer.CompleteAsync(ct);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : class
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, Guid? value, NpgsqlDbType type)
    {
        if (value is { } v)
        {
            importer.Write(v, type);
        }
        else
        {
            importer.WriteNull();
        }
    }
}

/// <summary>The check log's JSON of an answer: web defaults (camelCase), as the API writes it.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Application.Checks.CheckIdentifiers.CheckResult))]
internal sealed partial class CheckResultJson : System.Text.Json.Serialization.JsonSerializerContext;
