using CreditPlatform.Infrastructure.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CreditPlatform.Infrastructure.Jobs;

/// <summary>
/// Snapshots the month just ended, at start-up and then every <c>Scoring:Snapshots:IntervalMinutes</c> (60 by default),
/// so a month is closed within the hour after it ends even if no instance was running at midnight.
/// Off when <c>Scoring:Snapshots:Enabled</c> is false.
/// </summary>
public sealed class ScoreSnapshotService(ScoreSnapshotter snapshotter, TimeProvider clock, IConfiguration configuration, ILogger<ScoreSnapshotService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Scoring:Snapshots:Enabled", true))
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Scoring:Snapshots:IntervalMinutes", 60)));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await snapshotter.SnapshotAsync(ScoreSnapshotter.MonthJustEnded(clock.GetUtcNow()), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next tick retries; a failing month must not take the host down.
                logger.LogError("Score snapshots failed with {ExceptionType}: {StackTrace}", e.GetType().FullName, e.StackTrace);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
