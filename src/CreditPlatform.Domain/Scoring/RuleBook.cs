namespace CreditPlatform.Domain.Scoring;

/// <summary>Picks the version of a rule that governs an event: the one in force when it happened, not when it was recorded.</summary>
public static class RuleBook
{
    /// <returns>The version with EffectiveFrom ≤ occurredAt &lt; EffectiveTo, or null when none was in force.</returns>
    public static RuleDefinition? Resolve(IEnumerable<RuleDefinition> versions, string code, DateTimeOffset occurredAt)
    {
        RuleDefinition? found = null;
        foreach (var version in versions)
        {
            if (!string.Equals(version.Code, code, StringComparison.Ordinal) || !version.IsInForceAt(occurredAt))
            {
                continue;
            }

            // Approval should prevent overlapping versions; if one slips through, the newer wording wins.
            if (found is null || version.Version > found.Version)
            {
                found = version;
            }
        }

        return found;
    }
}
