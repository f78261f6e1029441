namespace CreditPlatform.Domain.Scoring;

/// <summary>What a village board shows for a score.</summary>
/// <param name="Negative">The score is below zero: the board shows no stars and marks the subject instead.</param>
public readonly record struct StarTally(int Flags, int Stars, bool Negative);
