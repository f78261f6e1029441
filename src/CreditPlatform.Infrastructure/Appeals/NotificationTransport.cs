using System.Text.Json;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Hands "notify:" outbox messages to every configured sender; the outbox retries when one throws. Each channel
/// that succeeds is recorded at once in its own transaction, outside the outbox's, so a retry — after a later
/// channel failed or the host died before the message was marked sent — repeats none of the channels already done.
/// </summary>
public sealed class NotificationTransport(
    IEnumerable<INotificationSender> senders, AppDbContext db, ITenantContext tenant, IServiceScopeFactory scopes, TimeProvider clock)
    : IOutboxTransport
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
        var delivery = new NotificationDelivery(message.TenantId, notificationId, kind);
        var done = await db.Set<NotificationChannelDelivery>().AsNoTracking()
            .Where(d => d.NotificationId == notificationId).Select(d => d.Channel).ToListAsync(cancellationToken);
        foreach (var sender in senders)
        {
            if (done.Contains(sender.Channel))
            {
                continue;
            }

            if (await sender.SendAsync(delivery, cancellationToken))
            {
                await RecordAsync(delivery, sender.Channel, cancellationToken);
            }
        }
    }

    private async Task RecordAsync(NotificationDelivery delivery, string channel, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(delivery.TenantId, tenant.Slug ?? "");
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        own.Set<NotificationChannelDelivery>().Add(new NotificationChannelDelivery
        {
            TenantId = delivery.TenantId,
            NotificationId = delivery.NotificationId,
            Channel = channel,
            DeliveredAt = clock.GetUtcNow(),
        });
        // Not the outbox's token: once the channel has sent, its record must land even while the host stops.
        await own.SaveChangesAsync(CancellationToken.None);
    }
}
