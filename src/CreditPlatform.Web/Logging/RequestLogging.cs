using System.Diagnostics;
using CreditPlatform.Application.Common.Behaviours;
using Serilog;
using Serilog.Events;

namespace CreditPlatform.Web.Logging;

/// <summary>The request's correlation id, taken from X-Correlation-Id or generated, echoed back.</summary>
public sealed class Correlation : ICorrelation
{
    public string? Id { get; set; }
}

/// <summary>
/// Gives every request its correlation id (echoed in X-Correlation-Id) and scopes every log line written while the
/// request runs with it. The request's own line is Serilog's request logging (<see cref="RequestLogging"/>).
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context, Correlation correlation)
    {
        correlation.Id = Begin(context);
        using var scope = logger.BeginScope(new CorrelationScope(correlation.Id));
        await next(context);
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
}

/// <summary>
/// One structured line per request, written by Serilog's request logging: method, the route template (never the raw
/// path, query string or body, which may carry personal data), status, elapsed time and the correlation id.
/// </summary>
public static class RequestLogging
{
    public const string Template = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    private static readonly Serilog.Events.MessageTemplate Parsed = new Serilog.Parsing.MessageTemplateParser().Parse(Template);

    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseSerilogRequestLogging(o =>
        {
            // The host's own logger, not the static one: several hosts in one process (tests) each keep their lines.
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = Template;
            o.GetMessageTemplateProperties = (context, _, elapsed, status) => Properties(context, elapsed, status);
            o.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("CorrelationId", context.RequestServices.GetService<Correlation>()?.Id);
        });
        return app;
    }

    /// <summary>The host's logger under the source of Serilog's request logging, so the same level settings apply.</summary>
    public static Serilog.ILogger ForRequests(Serilog.ILogger logger) =>
        logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Serilog.AspNetCore.RequestLoggingMiddleware");

    /// <summary>
    /// The line of a request answered ahead of the pipeline (<c>CheckFastPath</c>): the same template and properties
    /// as Serilog's request logging; <paramref name="log"/> comes from <see cref="ForRequests"/>.
    /// </summary>
    public static void Write(Serilog.ILogger log, HttpContext context, long startedTimestamp, string? correlationId)
    {
        if (!log.IsEnabled(LogEventLevel.Information))
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        var properties = Properties(context, elapsed, context.Response.StatusCode)
            .Append(new LogEventProperty("CorrelationId", new ScalarValue(correlationId)));
        log.Write(new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, Parsed, properties));
    }

    private static IEnumerable<LogEventProperty> Properties(HttpContext context, double elapsed, int status) =>
    [
        new("RequestMethod", new ScalarValue(context.Request.Method)),
        new("RequestPath", new ScalarValue(PathForLog(context, status))),
        new("StatusCode", new ScalarValue(status)),
        new("Elapsed", new ScalarValue(elapsed)),
    ];

    /// <summary>
    /// The route template when a route matched. Otherwise the path is the caller's own text: a served
    /// file's path is kept without control characters (which could forge log lines); an unknown path
    /// is not logged at all, since it may carry anything.
    /// </summary>
    private static string PathForLog(HttpContext context, int status) => context.GetEndpoint() switch
    {
        RouteEndpoint route => route.RoutePattern.RawText ?? "(route)",
        _ when status < 400 => new string((context.Request.Path.Value ?? "").Select(c => char.IsControl(c) ? '?' : c).ToArray()),
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
