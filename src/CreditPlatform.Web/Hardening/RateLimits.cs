using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CreditPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CreditPlatform.Web.Hardening;

/// <summary>
/// The <c>RateLimiting</c> section. A value of 0 or less turns that limit off. The API limit is a
/// token bucket per API key (per user for cookie callers, per address for the anonymous), generous
/// enough for batch clients; sign-in and the public pages are limited per client address, since
/// their callers are not known yet.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public int ApiPermitsPerSecond { get; set; } = 200;
    public int ApiBurst { get; set; } = 1000;
    public int SignInPerMinute { get; set; } = 10;
    public int PublicPerMinute { get; set; } = 300;
}

public static class RateLimits
{
    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/account/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute("sign-in:" + Address(context), options.SignInPerMinute);
        }

        if (request.Path.StartsWithSegments("/public", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/v1/public", StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute("public:" + Address(context), options.PublicPerMinute);
        }

        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && options.ApiPermitsPerSecond > 0)
        {
            // A key's partition name is built once per key, not once per request.
            var caller = context.User.FindFirstValue(ClaimNames.ApiKeyId) is { } key ? KeyPartitions.GetOrAdd(key, static k => "api:key:" + k)
                : context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user ? "api:user:" + user
                : "api:address:" + Address(context);
            return RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(options.ApiBurst, 1),
                TokensPerPeriod = options.ApiPermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }

        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static readonly ConcurrentDictionary<string, string> KeyPartitions = new(StringComparer.Ordinal);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        permits <= 0
            ? RateLimitPartition.GetNoLimiter("unlimited")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Slow down: try again in {retryAfter} s.",
            },
        });
    }
}
