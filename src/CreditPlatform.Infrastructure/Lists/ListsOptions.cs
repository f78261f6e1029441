namespace CreditPlatform.Infrastructure.Lists;

/// <summary>Configuration section "Lists".</summary>
public sealed class ListsOptions
{
    /// <summary>How often the expiry job looks for entries whose period has run out.</summary>
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long checks keep answering from the index after its LISTEN connection was lost (changes made meanwhile are
    /// not in it); past this, until it has reconnected and reloaded, checks answer 503.
    /// </summary>
    public TimeSpan IndexStaleTolerance { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often watches are matched against the change feed (their webhooks follow through the outbox).</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the screening worker looks for uploaded files to screen when it has nothing to do.</summary>
    public TimeSpan ScreeningInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long start-up waits for the first load of the index (checks answer 503 until it has loaded).</summary>
    public TimeSpan IndexStartupWait { get; set; } = TimeSpan.FromSeconds(60);
}
