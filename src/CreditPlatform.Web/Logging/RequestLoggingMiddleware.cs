using System.Diagnostics;
using CreditPlatform.Application.Common.Behaviours;

namespace CreditPlatform.Web.Logging;

/// <summary>The request's correlation id, taken from X-Correlation-Id or generated, echoed back.</summary>
public sealed class Correlation : ICorrelation
{
    public string? Id { get; set; }
}

/// <summary>
/// One structured line per request: method, path (never the query string or body, which may carry
/// personal data), status, elapsed time and the correlation id, which also scopes every log line
/// written while the request runs.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context, Correlation correlation)
    {
        correlation.Id = Begin(context);
        using var scope = logger.BeginScope(new CorrelationScope(correlation.Id));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            Completed(logger, context, started);
        }
    }

    /// <summary>The request's correlation id (the caller's X-Correlation-Id when well-formed), echoed back.</summary>
    public static string Begin(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? incoming
            : Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        context.Response.Headers[Header] = id;
        return id;
    }

    /// <summary>The request's line, written when the request is done.</summary>
    public static void Completed(ILogger logger, HttpContext context, long startedTimestamp)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
            logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, PathForLog(context), context.Response.StatusCode, elapsed);
        }
    }

    /// <summary>
    /// The route template when a route matched. Otherwise the path is the caller's own text: a served
    /// file's path is kept without control characters (which could forge log lines); an unknown path
    /// is not logged at all, since it may carry anything.
    /// </summary>
    private static string? PathForLog(HttpContext context) => context.GetEndpoint() switch
    {
        RouteEndpoint route => route.RoutePattern.RawText,
        _ when context.Response.StatusCode < 400 => new string((context.Request.Path.Value ?? "").Select(c => char.IsControl(c) ? '?' : c).ToArray()),
        _ => "(no matching route)",
    };
}

/// <summary>The one property every log line of a request carries; lighter than a dictionary per request.</summary>
public sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
{
    public int Count => 1;

    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new("CorrelationId", id) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "CorrelationId:" + id;
}
