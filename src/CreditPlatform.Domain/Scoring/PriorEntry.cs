namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// An earlier counted entry of the same subject under the same rule, as the caps see it.
/// The caller leaves out reversed entries. A struct because histories are read per event on the batch path.
/// </summary>
public readonly record struct PriorEntry(DateTimeOffset OccurredAt, int Points);
