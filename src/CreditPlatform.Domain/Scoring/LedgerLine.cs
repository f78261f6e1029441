namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// A counted ledger entry as the score projection needs it. The caller nets out reversals (a reversed entry
/// and its reversal are both left out), so an overturned band override cannot linger.
/// A struct because recomputation reads millions of these.
/// </summary>
public readonly record struct LedgerLine(
    int Points,
    DateTimeOffset OccurredAt,
    DateTimeOffset? ExpiresAt = null,
    string? BandOverride = null,
    DateTimeOffset? BandOverrideUntil = null);
