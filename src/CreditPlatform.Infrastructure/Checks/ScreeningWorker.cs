using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.ScreenNextSlice;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>
/// Screens uploaded files in the background: slice after slice while any screening waits (each slice its own
/// transaction, so a restart loses nothing and repeats at most one slice), then a look every
/// <c>Lists:ScreeningInterval</c>. Expired screenings are deleted when there is nothing else to do, at most once a minute.
/// Several instances share the work: each slice locks its screening row, the others skip to the next screening.
/// </summary>
public sealed class ScreeningWorker(
    IServiceScopeFactory scopes, IScreeningStore store, TimeProvider clock, IOptions<Lists.ListsOptions> options, ILogger<ScreeningWorker> logger)
    : BackgroundService
{
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                bool worked;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    worked = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ScreenNextSlice(), stoppingToken);
                }
                while (worked && !stoppingToken.IsCancellationRequested);

                if (clock.GetUtcNow() - _lastSweep > TimeSpan.FromMinutes(1))
                {
                    _lastSweep = clock.GetUtcNow();
                    var expired = await store.DeleteExpiredAsync(_lastSweep, stoppingToken);
                    if (expired > 0)
                    {
                        logger.LogInformation("Deleted {Count} screenings past their retention", expired);
                    }
                }
            }
            catch (ServiceUnavailableException)
            {
                // The check index may not answer (loading, or stale past its tolerance): the rows wait for it.
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("The screening worker could not screen a slice ({ExceptionType}); retrying", e.GetType().Name);
            }

            await Task.Delay(options.Value.ScreeningInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
