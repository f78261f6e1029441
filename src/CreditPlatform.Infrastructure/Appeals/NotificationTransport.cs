using System.Text.Json;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Infrastructure.Outbox;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>Hands "notify:" outbox messages to every configured sender; the outbox retries when one throws.</summary>
public sealed class NotificationTransport(IEnumerable<INotificationSender> senders) : IOutboxTransport
{
    public bool Handles(string destination) => destination.StartsWith(Notices.Destination, StringComparison.Ordinal);

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        if (!payload.RootElement.TryGetProperty("notificationId", out var id) || !id.TryGetGuid(out var notificationId))
        {
            throw new UndeliverableException("The message names no notification.");
        }

        var kind = payload.RootElement.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
        foreach (var sender in senders)
        {
            await sender.SendAsync(new NotificationDelivery(message.TenantId, notificationId, kind), cancellationToken);
        }
    }
}
