namespace CreditPlatform.Domain.Scoring;

/// <summary>At most <see cref="Points"/> (in absolute value) within any <see cref="Days"/>-day window.</summary>
public sealed record PeriodLimit(int Points, int Days);
