using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>The connection string the index listens on: the application role, unpooled, named so operators can see it.</summary>
public sealed record ListenerConnection(string ConnectionString)
{
    public const string ApplicationName = "creditplatform-list-index";

    public static ListenerConnection For(string appConnectionString) => new(new NpgsqlConnectionStringBuilder(appConnectionString)
    {
        Pooling = false,
        ApplicationName = ApplicationName,
        KeepAlive = 15,
    }.ConnectionString);
}

/// <summary>
/// Loads every active entry into <see cref="ListIndex"/> at start-up, then keeps it current: each
/// committed change to list_entries is announced with pg_notify('list_entries', id), and this
/// service, LISTENing on its own connection, re-reads those entries. When the connection drops (a
/// database restart), it reconnects and reloads everything, since notifications sent meanwhile are lost.
/// On Citus it follows the entries' change stamps by polling instead (<see cref="ListChangePoller"/>).
/// </summary>
public sealed class ListIndexSynchronizer(
    ListIndex index, ListenerConnection listener, IOptions<Lists.ListsOptions> options, ILogger<ListIndexSynchronizer> logger)
    : IHostedService, IDisposable
{
    public const string Channel = "list_entries";

    /// <summary>A burst this large (a bulk load) is cheaper to reload than to apply id by id.</summary>
    private const int FullReloadThreshold = 5000;
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private HashSet<Guid> _pending = [];
    private Task? _loop;
    private bool _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        try
        {
            // Start-up waits for the first load, so an instance never answers checks from an empty index.
            await _firstLoad.Task.WaitAsync(options.Value.IndexStartupWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogError("The check index could not be loaded within {Seconds} s; checks answer 503 until it is",
                options.Value.IndexStartupWait.TotalSeconds);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may dispose its services before it stops them (the test host does); stopping then is done already.
        if (Volatile.Read(ref _disposed))
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        if (!Interlocked.Exchange(ref _disposed, true))
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var retry = TimeSpan.FromMilliseconds(250);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listener.ConnectionString);
                await connection.OpenAsync(ct);
                // On Citus a notification raised on a worker never reaches this connection: follow change stamps instead.
                if (await Persistence.CitusLayout.IsCitusAsync(connection, ct))
                {
                    var loadedAt = await ListChangePoller.ClockAsync(connection, ct);
                    await ReloadAsync(connection, ct);
                    index.MarkCurrent();
                    _firstLoad.TrySetResult();
                    retry = TimeSpan.FromMilliseconds(250);
                    await new ListChangePoller(index, logger).FollowAsync(connection, loadedAt, FullReloadThreshold, c => ReloadAsync(connection, c), ct);
                    continue;
                }

                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // Listening before loading: a change committed during the load is re-read afterwards.
                await ReloadAsync(connection, ct);
                index.MarkCurrent();
                _firstLoad.TrySetResult();
                retry = TimeSpan.FromMilliseconds(250);
                await FollowAsync(connection, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                index.MarkLost();
                logger.LogWarning("The check index lost its database connection ({ExceptionType}); reconnecting in {DelayMs} ms",
                    e.GetType().Name, retry.TotalMilliseconds);
                await Task.Delay(retry, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private async Task FollowAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            HashSet<Guid> changed;
            lock (_gate)
            {
                changed = _pending;
                _pending = [];
            }

            if (changed.Count == 0)
            {
                if (!await connection.WaitAsync(IdleCheck, ct))
                {
                    // Nothing for a while: make sure the connection is still alive.
                    await using var ping = new NpgsqlCommand("SELECT 1", connection);
                    await ping.ExecuteScalarAsync(ct);
                }

                continue;
            }

            if (changed.Count > FullReloadThreshold)
            {
                await ReloadAsync(connection, ct);
                continue;
            }

            // Notifications arriving while this query runs are raised during it and wait in _pending.
            var rows = new List<IndexRow>(changed.Count);
            await foreach (var row in IndexRow.ReadAsync(connection, [.. changed], ct))
            {
                rows.Add(row);
            }

            index.Apply(changed, rows);
        }
    }

    private async Task ReloadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _pending = [];
        }

        await using (var tenants = new NpgsqlCommand("SELECT slug, id FROM tenants", connection))
        await using (var reader = await tenants.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                index.RememberTenant(reader.GetString(0), reader.GetGuid(1));
            }
        }

        var snapshot = ListIndex.NewSnapshot();
        await foreach (var row in IndexRow.ReadAsync(connection, null, ct))
        {
            snapshot.Put(row);
        }

        index.Install(snapshot);
        logger.LogInformation("Check index loaded {Count} active list entries in {ElapsedMs:0} ms",
            snapshot.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (Guid.TryParse(e.Payload, out var id))
        {
            lock (_gate)
            {
                _pending.Add(id);
            }
        }
    }
}
