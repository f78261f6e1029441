namespace CreditPlatform.Domain.Scoring;

/// <summary>Holds the subject's band at <see cref="Band"/> or worse for a while, whatever the score ("band C for 365 days").</summary>
public sealed record BandOverride(string Band, int DurationDays);
