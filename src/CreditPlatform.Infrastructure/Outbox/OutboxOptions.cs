namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    /// <summary>False keeps this instance from delivering (messages wait for another instance, or a restart).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait after the first failure; each later wait doubles, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many attempts a message stays in the table, undelivered, with its last error.</summary>
    public int MaxAttempts { get; set; } = 15;
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Messages claimed per transaction: a notice of a batch of deductions is one of thousands.</summary>
    public int BatchSize { get; set; } = 100;
}
