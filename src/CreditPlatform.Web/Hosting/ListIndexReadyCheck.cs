using CreditPlatform.Application.Checks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditPlatform.Web.Hosting;

/// <summary>
/// Not ready while checks would answer 503: the index has not loaded, or is stale beyond its tolerance. Stale within
/// the tolerance it is degraded (still ready, 200), and says for how long.
/// </summary>
public sealed class ListIndexReadyCheck(IListIndex index) : IHealthCheck
{
    public const string StaleSecondsKey = "staleSeconds";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stale = index.Staleness;
        var data = new Dictionary<string, object>
        {
            ["generation"] = index.Generation,
            [StaleSecondsKey] = stale is { } s ? Math.Round(s.TotalSeconds, 1) : 0d,
        };
        return Task.FromResult(index.NotServingReason() is { } reason
            ? HealthCheckResult.Unhealthy(reason, data: data)
            : stale is { } age
                ? HealthCheckResult.Degraded(
                    $"The check index has lost its change feed {age.TotalSeconds:0.0} s ago and answers from its last good state until it reconnects.",
                    data: data)
                : HealthCheckResult.Healthy("The check index is current.", data));
    }
}
