using System.Diagnostics;
using System.Text.Json;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.CheckIdentifiers;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Identity;
using CreditPlatform.Web.Hardening;
using CreditPlatform.Web.Logging;
using CreditPlatform.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Web.Endpoints;

/// <summary>
/// The hot path of <c>POST /api/v1/checks</c>: ticket offices call it before every sale, so an ordinary request of an
/// API key with <c>checks:read</c> is answered here, right after the exception handler and ahead of the rest of the
/// pipeline, by the same handler, key store, rate limiter and JSON settings the endpoint uses, with the same security
/// headers, correlation id and request log line. Anything else (no key, an unknown or revoked key, a missing scope,
/// no rate-limit permit, a body that is not small JSON, invalid input, a named jurisdiction) goes on down the
/// ordinary pipeline untouched, with the body put back when it was read, so every refusal is the endpoint's own
/// (401, 403, 413, 415, 429, 400 problem details). docs/benchmarks.md measures what this saves.
/// </summary>
public sealed class CheckFastPath(
    RequestDelegate next,
    ApiKeyStore keys,
    RateLimitOptions limits,
    IOptions<RateLimiterOptions> rateLimiter,
    IOptions<JsonOptions> json,
    IWebHostEnvironment environment,
    IConfiguration configuration,
    ILogger<CorrelationMiddleware> correlationLog,
    Serilog.ILogger requestLog)
{
    public const string Path = "/api/v1/checks";

    /// <summary>Up to this many identifiers the answer is built in memory and sent with a Content-Length.</summary>
    private const int BufferedAnswerMax = 64;

    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;
    private readonly bool _hsts = SecurityHeadersMiddleware.SendsHsts(environment);
    private readonly long _maxBody = RequestBodyLimitMiddleware.ConfiguredDefault(configuration);
    private readonly Serilog.ILogger _requestLog = RequestLogging.ForRequests(requestLog);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();

        // From here on every answer carries the headers, a refusal of the key store included (setting them again
        // further down the pipeline, when this path steps aside, writes the same values).
        SecurityHeadersMiddleware.Register(context, _hsts);
        if (request.ContentLength is not { } length || length <= 0 || length > _maxBody
            || !IsJson(request.ContentType)
            || !request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var secret) || secret.Count != 1 || string.IsNullOrEmpty(secret[0])
            || await keys.FindAsync(secret[0]!, context.RequestAborted) is not { } key
            || !key.Scopes.Contains(Scopes.ChecksRead))
        {
            await next(context);
            return;
        }

        context.User = ApiKeyAuthenticationHandler.PrincipalOf(key);
        // With the API limit off the global limiter has no bucket for this path: nothing to ask.
        using var lease = limits.ApiPermitsPerSecond > 0 ? rateLimiter.Value.GlobalLimiter?.AttemptAcquire(context) : null;
        if (lease is { IsAcquired: false })
        {
            await next(context);
            return;
        }

        var body = new byte[(int)length];
        await request.Body.ReadExactlyAsync(body, context.RequestAborted);
        if (Parse(body) is not { } check)
        {
            request.Body = new MemoryStream(body, writable: false);
            await next(context);
            return;
        }

        var services = context.RequestServices;
        var correlation = services.GetRequiredService<Correlation>();
        correlation.Id = CorrelationMiddleware.Begin(context);
        using (correlationLog.BeginScope(new CorrelationScope(correlation.Id)))
        {
            var handler = services.GetRequiredService<IRequestHandler<CheckIdentifiers, CheckResponse>>();
            var answer = await handler.Handle(check, context.RequestAborted);
            var response = context.Response;
            response.ContentType = "application/json; charset=utf-8";
            Hosting.CheckIndexHeaders.Add(response, services.GetRequiredService<IListIndex>());
            if (answer.Results.Count <= BufferedAnswerMax)
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(answer, _json);
                response.ContentLength = bytes.Length;
                await response.Body.WriteAsync(bytes, context.RequestAborted);
            }
            else
            {
                await JsonSerializer.SerializeAsync(response.Body, answer, _json, context.RequestAborted);
            }

            RequestLogging.Write(_requestLog, context, started, correlation.Id);
        }
    }

    /// <summary>A valid check without a named jurisdiction, or null for the ordinary pipeline to answer.</summary>
    private CheckIdentifiers? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<CheckIdentifiers>(body, _json) is { Tenant: null, AsOf: null } check && CheckIdentifiersValidator.Accepts(check)
                ? check
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/json;", StringComparison.OrdinalIgnoreCase));
}
