using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Outbox;

/// <summary>
/// A message written in the same transaction as the change it reports, and delivered afterwards at
/// least once. Generic: the destination names the channel ("webhook:{id}" today; SMS or e-mail later).
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public const int TopicMaxLength = 100;
    public const int DestinationMaxLength = 500;
    public const int LastErrorMaxLength = 2000;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Topic { get; set; } = "";

    /// <summary>JSON.</summary>
    public string Payload { get; set; } = "{}";
    public string Destination { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public void Delivered(DateTimeOffset at)
    {
        Attempts++;
        DeliveredAt = at;
        LastError = null;
    }

    /// <summary>Records a failed attempt and schedules the next one, each wait twice the last (capped).</summary>
    public void Failed(DateTimeOffset at, string error, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        Attempts++;
        LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
        var factor = Math.Pow(2, Math.Min(Attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, maxDelay.Ticks));
        NextAttemptAt = at + delay;
    }
}
