using Microsoft.Extensions.Logging;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>Development's channel: records that a notice went out, by id and kind only, never its text or recipient.</summary>
public sealed partial class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public string Channel => "log";

    public bool RepeatIsHarmless => true;

    public Task<bool> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        Delivered(logger, delivery.NotificationId, delivery.Kind);
        return Task.FromResult(true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} ({Kind}) delivered")]
    private static partial void Delivered(ILogger logger, Guid notificationId, string kind);
}
