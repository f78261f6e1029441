namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// Checks a rule against every guardrail set that binds its tenant (the platform's, then each ancestor's, then its own).
/// A rule with any violation is refused; each violation names the set that imposed it.
/// </summary>
public static class GuardrailChecker
{
    private static readonly Func<RuleDefinition, GuardrailSet, GuardrailViolation?>[] All =
    [
        Guardrails.LegalBasis,
        Guardrails.MaxPointsPerEntry,
        Guardrails.MaxPointsPerSubjectPerRulePerPeriod,
        Guardrails.ForbiddenCategory,
        Guardrails.BandOverrideOnPersons,
        Guardrails.MaxPurchasablePointsPerYear,
    ];

    /// <returns>Every violation, in chain order; empty when the rule may be approved.</returns>
    public static IReadOnlyList<GuardrailViolation> Check(RuleDefinition rule, IEnumerable<GuardrailSet> chain)
    {
        var violations = new List<GuardrailViolation>();
        foreach (var set in chain)
        {
            foreach (var guardrail in All)
            {
                if (guardrail(rule, set) is { } violation)
                {
                    violations.Add(violation);
                }
            }
        }

        return violations;
    }
}
