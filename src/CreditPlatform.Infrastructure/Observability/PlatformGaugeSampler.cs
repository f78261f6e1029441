using System.Diagnostics.Metrics;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Observability;
using CreditPlatform.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CreditPlatform.Infrastructure.Observability;

/// <summary>
/// The platform's gauges: appeals past their decision deadline and the outbox's backlog (pending and given up), counted
/// across jurisdictions by <c>platform_gauges</c> (migration 0080) every <c>Metrics:SampleSeconds</c> (15 by default),
/// and the check index's staleness and generation, read from the index when scraped. A scrape never waits on the database.
/// </summary>
public sealed class PlatformGaugeSampler : BackgroundService
{
    private readonly NpgsqlDataSource _database;
    private readonly TimeProvider _clock;
    private readonly IOptions<OutboxOptions> _outbox;
    private readonly ILogger<PlatformGaugeSampler> _logger;
    private readonly TimeSpan _interval;
    private readonly Meter _meter;
    private long _appealsOverdue;
    private long _outboxBacklog;
    private long _outboxDead;

    public PlatformGaugeSampler(
        NpgsqlDataSource database, TimeProvider clock, IOptions<OutboxOptions> outbox, IListIndex index,
        IConfiguration configuration, IMeterFactory meters, ILogger<PlatformGaugeSampler> logger)
    {
        _database = database;
        _clock = clock;
        _outbox = outbox;
        _logger = logger;
        _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Metrics:SampleSeconds", 15)));
        _meter = meters.Create(PlatformMetrics.MeterName);
        _meter.CreateObservableGauge("creditplatform.appeals.overdue", () => Interlocked.Read(ref _appealsOverdue),
            "{appeal}", "Open appeals past their decision deadline, in every jurisdiction.");
        _meter.CreateObservableGauge("creditplatform.outbox.backlog", () => Interlocked.Read(ref _outboxBacklog),
            "{message}", "Outbox messages (notices, webhooks) not delivered yet and still being tried.");
        _meter.CreateObservableGauge("creditplatform.outbox.dead", () => Interlocked.Read(ref _outboxDead),
            "{message}", "Outbox messages given up on after the configured attempts.");
        _meter.CreateObservableGauge("creditplatform.check_index.staleness", () => index.Staleness?.TotalSeconds ?? 0,
            "s", "Seconds the check index has been without its change feed (it serves its last good state); 0 while current.");
        _meter.CreateObservableGauge("creditplatform.check_index.generation", () => index.Generation,
            "{change}", "Changes the check index has installed since it loaded.");
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }

    /// <summary>Reads the gauges once (at start-up, then every interval).</summary>
    public async Task SampleAsync(CancellationToken ct)
    {
        await using var command = _database.CreateCommand("SELECT appeals_overdue, outbox_backlog, outbox_dead FROM platform_gauges($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = _clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = _outbox.Value.MaxAttempts });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct))
        {
            Interlocked.Exchange(ref _appealsOverdue, reader.GetInt64(0));
            Interlocked.Exchange(ref _outboxBacklog, reader.GetInt64(1));
            Interlocked.Exchange(ref _outboxDead, reader.GetInt64(2));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The last figures stay; the next tick tries again.
                _logger.LogWarning("Platform gauges not sampled: {ExceptionType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
