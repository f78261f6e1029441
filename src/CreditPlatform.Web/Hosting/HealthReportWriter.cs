using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditPlatform.Web.Hosting;

/// <summary>
/// <c>/health/ready</c> as JSON: the overall status and each check's status, description and figures (the check
/// index's generation and how many seconds it has been without its change feed).
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    data = e.Value.Data.ToDictionary(d => d.Key, d => d.Value),
                }),
        }, cancellationToken: context.RequestAborted);
    }
}

/// <summary>The header every check answer carries while the index serves a stale state (within its tolerance).</summary>
public static class CheckIndexHeaders
{
    public const string StaleSeconds = "X-Check-Index-Stale-Seconds";

    public static void Add(HttpResponse response, Application.Checks.IListIndex index)
    {
        if (index.Staleness is { } stale)
        {
            response.Headers[StaleSeconds] = ((long)stale.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}
