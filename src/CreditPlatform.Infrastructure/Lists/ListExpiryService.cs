using CreditPlatform.Application.Lists;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Infrastructure.Lists;

/// <summary>Runs the expiry job at start-up and then on every tick, so entries end on time without anyone acting.</summary>
public sealed class ListExpiryService(IListExpiryJob job, TimeProvider clock, IOptions<ListsOptions> options, ILogger<ListExpiryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpiryInterval, clock);
        try
        {
            do
            {
                try
                {
                    await job.RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("A list expiry pass failed ({ExceptionType}); the next tick tries again", e.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
