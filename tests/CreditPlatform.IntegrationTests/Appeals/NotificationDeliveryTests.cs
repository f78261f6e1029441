using System.Collections.Concurrent;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>A deduction's notice, queued with its entry, survives the host stopping before it is made, and goes out once.</summary>
public sealed class NotificationDeliveryTests
{
    private sealed class RecordingSender : INotificationSender
    {
        public ConcurrentQueue<Guid> Delivered { get; } = new();

        public Task<bool> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
        {
            Delivered.Enqueue(delivery.NotificationId);
            return Task.FromResult(true);
        }
    }

    [Fact]
    public async Task Notification_WhenHostStopsBeforeDelivery_IsDeliveredExactlyOnceBySibling()
    {
        var first = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        Guid subject;
        using (var client = first.ApiClient())
        {
            subject = await client.EnrolAsync();
            await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1));
        }

        // Deduction notices are made after commit by the outbox's worker, which this host does not run.
        using (var client = first.ApiClient())
        {
            (await AppealsApi.NotificationsAsync(client, subject)).GetArrayLength().ShouldBe(0);
        }

        await first.DisposeAsync();
        var sender = new RecordingSender();
        await using var sibling = first.StartSibling(services =>
        {
            services.AddSingleton<INotificationSender>(sender);
            services.PostConfigure<OutboxOptions>(o => o.Enabled = true);
        });

        await Eventually.HoldsAsync(() => Task.FromResult(!sender.Delivered.IsEmpty), "the notice is made and delivered by the sibling");
        await sibling.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);

        using var reader = sibling.ApiClient();
        var notice = (await AppealsApi.NotificationsAsync(reader, subject)).EnumerateArray().Single().GetProperty("id").GetGuid();
        sender.Delivered.Count(id => id == notice).ShouldBe(1);
    }
}
