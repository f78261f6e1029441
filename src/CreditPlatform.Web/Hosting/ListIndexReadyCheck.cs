using CreditPlatform.Application.Checks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditPlatform.Web.Hosting;

/// <summary>Not ready while checks would answer 503: the index has not loaded, or is stale beyond its tolerance.</summary>
public sealed class ListIndexReadyCheck(IListIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.NotServingReason() is { } reason ? HealthCheckResult.Unhealthy(reason) : HealthCheckResult.Healthy());
}
