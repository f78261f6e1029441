namespace CreditPlatform.Domain.Scoring;

/// <summary>A subject's standing at a moment.</summary>
/// <param name="Band">Null when the scheme has no bands (a stars-only village scheme).</param>
/// <param name="ActiveOverride">The worst override in force, reported even when the score alone already puts the band lower.</param>
public sealed record ScoreResult(int Score, string? Band, ActiveBandOverride? ActiveOverride);
