namespace CreditPlatform.Domain.Scoring;

/// <summary>A band override in force: the subject's band is held at <see cref="Band"/> or worse until <see cref="Until"/>.</summary>
public sealed record ActiveBandOverride(string Band, DateTimeOffset Until);
