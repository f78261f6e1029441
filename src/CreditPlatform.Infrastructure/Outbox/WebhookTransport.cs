using System.Net.Http.Headers;
using System.Text;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Domain.Webhooks;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>POSTs a message to its subscriber's URL, signed with the subscriber's secret.</summary>
public sealed class WebhookTransport(AppDbContext db, IIdentifierProtector protector, IHttpClientFactory clients, TimeProvider clock) : IOutboxTransport
{
    public const string ClientName = "webhooks";

    public bool Handles(string destination) => destination.StartsWith(ListChangeOutbox.WebhookDestination, StringComparison.Ordinal);

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(message.Destination.AsSpan(ListChangeOutbox.WebhookDestination.Length), out var subscriptionId))
        {
            throw new UndeliverableException("The destination names no subscription.");
        }

        var subscription = await db.Set<WebhookSubscription>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
        if (subscription is null || subscription.DisabledAt is not null)
        {
            throw new UndeliverableException("The subscription has been disabled.");
        }

        var body = Encoding.UTF8.GetBytes(message.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        // Signed at each attempt: a retry carries a fresh timestamp, and the same delivery id. During a rotation's
        // overlap the secret rotated out signs too, so a receiver that has not switched yet still verifies.
        var now = clock.GetUtcNow();
        var secrets = subscription.SigningSecretCiphers(now).Select(protector.Decrypt).ToList();
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets, now, body));
        request.Headers.Add(WebhookSignature.EventHeader, message.Topic);
        request.Headers.Add(WebhookSignature.ApiVersionHeader, WebhookSignature.ApiVersion);
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.Id.ToString());

        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The receiver answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }
}
