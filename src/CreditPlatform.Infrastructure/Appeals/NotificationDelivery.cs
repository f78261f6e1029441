namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>What a delivery adapter is handed: ids only, so nothing personal passes through logs or queues.</summary>
public sealed record NotificationDelivery(Guid TenantId, Guid NotificationId, string Kind);

/// <summary>One way of telling a subject (SMS, e-mail, a log in development). Throws to have the delivery retried.</summary>
public interface INotificationSender
{
    /// <summary>Names the channel in the delivery record, so a retry skips the channels already done.</summary>
    string Channel => GetType().Name;

    /// <summary>
    /// True when sending again after a crash harms nobody (a log line): its sends are recorded together at the end of
    /// the outbox's batch instead of one transaction each. Channels that reach a person record each send at once.
    /// </summary>
    bool RepeatIsHarmless => false;

    /// <summary>True when the notice was handed over; false when this channel has no address for the subject.</summary>
    Task<bool> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken);
}
