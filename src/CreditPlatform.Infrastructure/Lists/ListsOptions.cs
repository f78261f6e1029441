namespace CreditPlatform.Infrastructure.Lists;

/// <summary>Configuration section "Lists".</summary>
public sealed class ListsOptions
{
    /// <summary>How often the expiry job looks for entries whose period has run out.</summary>
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromMinutes(1);
}
