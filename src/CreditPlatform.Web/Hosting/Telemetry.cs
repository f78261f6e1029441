using CreditPlatform.Application.Common.Observability;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CreditPlatform.Web.Hosting;

/// <summary>
/// Traces and metrics of ASP.NET Core, HttpClient (webhooks, e-mail gateways) and Npgsql, with the platform's own
/// meter (<see cref="PlatformMetrics"/>). Metrics are scraped at <c>/metrics</c> (Prometheus text format); both are
/// also pushed by OTLP when an endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or
/// <c>OpenTelemetry:OtlpEndpoint</c>); traces are only collected then. Route templates name the spans; no path, query
/// or body is recorded.
/// </summary>
public static class Telemetry
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["OpenTelemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("creditplatform"));
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            // Traces go nowhere but OTLP: without an endpoint no tracer listens, so no request, HTTP call or query
            // starts an Activity (each one, with its tags, cost the check API about a tenth of its CPU).
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments(ScrapePath))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        telemetry
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(PlatformMetrics.MeterName)
                    .AddPrometheusExporter();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        return services;
    }

    /// <summary>The scrape endpoint, for operators (not part of the public API document).</summary>
    public static WebApplication MapPlatformMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(ScrapePath).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
