namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>What a delivery adapter is handed: ids only, so nothing personal passes through logs or queues.</summary>
public sealed record NotificationDelivery(Guid TenantId, Guid NotificationId, string Kind);

/// <summary>One way of telling a subject (SMS, e-mail, a log in development). Throws to have the delivery retried.</summary>
public interface INotificationSender
{
    Task SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken);
}
