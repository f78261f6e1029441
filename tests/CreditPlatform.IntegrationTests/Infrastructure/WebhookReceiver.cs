using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>One POST as the receiver saw it, and what it answered.</summary>
public sealed record ReceivedWebhook(string Body, string? Signature, string? Event, string? Delivery, int AnsweredStatus, string? ApiVersion = null);

/// <summary>A subscriber's endpoint on 127.0.0.1 with a free port; it can be told to fail its first requests.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>How many of the first requests get a 500.</summary>
    public int FailFirst { get; init; }

    public Uri Url { get; private set; } = new("http://127.0.0.1");

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build()) { FailFirst = failFirst };
        receiver._app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = Interlocked.Increment(ref receiver._requests) <= receiver.FailFirst ? 500 : 200;
            receiver.Received.Enqueue(new ReceivedWebhook(
                body,
                request.Headers["X-CreditPlatform-Signature"].ToString(),
                request.Headers["X-CreditPlatform-Event"].ToString(),
                request.Headers["X-CreditPlatform-Delivery"].ToString(),
                status,
                request.Headers["X-CreditPlatform-Api-Version"].ToString()));
            return Results.StatusCode(status);
        });
        await receiver._app.StartAsync();
        receiver.Url = new Uri(receiver._app.Urls.First() + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
