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
/// that reaches a person (e-mail, SMS) is recorded at once in its own transaction, outside the outbox's, so a retry
/// — after a later channel failed or the host died before the message was marked sent — repeats none of the channels
/// already done. A channel whose repeat harms nobody (the log) is recorded for the whole batch in one transaction at
/// its end. The channels already done are read for the whole batch in one query.
/// </summary>
public sealed class NotificationTransport(
    IEnumerable<INotificationSender> senders, AppDbContext db, ITenantContext tenant, IServiceScopeFactory scopes, TimeProvider clock)
    : IOutboxTransport
{
    private readonly Dictionary<Guid, List<string>> _done = [];
    private readonly List<NotificationChannelDelivery> _harmlessSends = [];
    private bool _prepared;

    public bool Handles(string destination) => destination.StartsWith(Notices.Destination, StringComparison.Ordinal);

    public async Task PrepareAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => NotificationIdOf(m)).OfType<Guid>().ToList();
        var done = await db.Set<NotificationChannelDelivery>().AsNoTracking()
            .Where(d => ids.Contains(d.NotificationId)).Select(d => new { d.NotificationId, d.Channel }).ToListAsync(cancellationToken);
        _done.Clear();
        foreach (var id in ids)
        {
            _done[id] = [];
        }

        foreach (var record in done)
        {
            _done[record.NotificationId].Add(record.Channel);
        }

        _prepared = true;
    }

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        if (!payload.RootElement.TryGetProperty("notificationId", out var id) || !id.TryGetGuid(out var notificationId))
        {
            throw new UndeliverableException("The message names no notification.");
        }

        var kind = payload.RootElement.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
        var delivery = new NotificationDelivery(message.TenantId, notificationId, kind);
        var done = _prepared && _done.TryGetValue(notificationId, out var known)
            ? known
            : await db.Set<NotificationChannelDelivery>().AsNoTracking()
                .Where(d => d.NotificationId == notificationId).Select(d => d.Channel).ToListAsync(cancellationToken);
        foreach (var sender in senders)
        {
            if (done.Contains(sender.Channel))
            {
                continue;
            }

            if (await sender.SendAsync(delivery, cancellationToken))
            {
                var record = Record(delivery, sender.Channel);
                if (sender.RepeatIsHarmless)
                {
                    _harmlessSends.Add(record);
                }
                else
                {
                    await SaveAsync([record]);
                }

                done.Add(sender.Channel);
            }
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_harmlessSends.Count > 0)
        {
            await SaveAsync(_harmlessSends);
            _harmlessSends.Clear();
        }

        _done.Clear();
        _prepared = false;
    }

    private static Guid? NotificationIdOf(OutboxMessage message)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        return payload.RootElement.TryGetProperty("notificationId", out var id) && id.TryGetGuid(out var notificationId) ? notificationId : null;
    }

    private NotificationChannelDelivery Record(NotificationDelivery delivery, string channel) => new()
    {
        TenantId = delivery.TenantId,
        NotificationId = delivery.NotificationId,
        Channel = channel,
        DeliveredAt = clock.GetUtcNow(),
    };

    private async Task SaveAsync(List<NotificationChannelDelivery> records)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(records[0].TenantId, tenant.Slug ?? "");
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        own.Set<NotificationChannelDelivery>().AddRange(records);
        // Not the outbox's token: once the channel has sent, its record must land even while the host stops.
        await own.SaveChangesAsync(CancellationToken.None);
    }
}
