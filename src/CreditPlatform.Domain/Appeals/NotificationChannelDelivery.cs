using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

/// <summary>
/// One channel (e-mail, SMS) has handed a notice over. Committed on its own the moment the channel succeeds, so
/// when the delivery is retried — a later channel failed, or the host died before the outbox marked it sent —
/// the channels already done are not repeated.
/// </summary>
public sealed class NotificationChannelDelivery : ITenantOwned
{
    public const int ChannelMaxLength = 40;

    public Guid TenantId { get; set; }
    public Guid NotificationId { get; set; }
    public string Channel { get; set; } = "";
    public DateTimeOffset DeliveredAt { get; set; }
}
