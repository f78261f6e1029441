namespace CreditPlatform.Domain.Scoring;

/// <summary>A named score range ("AAA", "D").</summary>
/// <param name="MinScore">Lowest score in the band; null marks the bottom band, which catches everything below the others.</param>
public sealed record Band(string Code, int? MinScore);
