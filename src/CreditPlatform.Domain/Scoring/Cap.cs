namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// A limit per subject over every rolling window (t − PeriodDays, t], whatever order the events arrive in. Exists because
/// repetition must not multiply a penalty without bound (the 95 letters that cost one petitioner 950 points).
/// </summary>
/// <param name="PeriodDays">Length of the rolling window.</param>
/// <param name="MaxPoints">Most points, in absolute value, the window may hold; the sign follows the rule.</param>
/// <param name="MaxOccurrences">Most events with non-zero points the window may hold.</param>
public sealed record Cap(int PeriodDays, int? MaxPoints = null, int? MaxOccurrences = null);
