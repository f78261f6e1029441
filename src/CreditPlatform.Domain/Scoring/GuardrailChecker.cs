namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// Checks a rule against the platform's category vocabulary and every guardrail set that binds its tenant (the
/// platform's, then each ancestor's, then its own). A rule with any violation is refused; each violation names
/// the set that imposed it.
/// </summary>
public static class GuardrailChecker
{
    /// <summary>Who owns the category vocabulary, named as the source of its violations.</summary>
    public const string PlatformSource = "platform";

    private static readonly Func<RuleDefinition, GuardrailSet, GuardrailViolation?>[] All =
    [
        Guardrails.LegalBasis,
        Guardrails.MaxPointsPerEntry,
        Guardrails.MaxPointsPerSubjectPerRulePerPeriod,
        Guardrails.ForbiddenCategory,
        Guardrails.BandOverrideOnPersons,
        Guardrails.MaxPurchasablePointsPerYear,
    ];

    /// <param name="vocabulary">
    /// The platform's categories. When given, the rule's category must be one of its codes, a protected one is
    /// refused, and a category whose points can be bought makes the rule purchasable whatever the rule says.
    /// </param>
    /// <returns>Every violation, in chain order; empty when the rule may be approved.</returns>
    public static IReadOnlyList<GuardrailViolation> Check(RuleDefinition rule, IEnumerable<GuardrailSet> chain, CategoryVocabulary? vocabulary = null)
    {
        var violations = new List<GuardrailViolation>();
        if (vocabulary is not null)
        {
            var category = vocabulary.Find(rule.Category);
            if (Guardrails.CategoryInVocabulary(rule, category) is { } unknown)
            {
                violations.Add(unknown);
            }

            if (Guardrails.ProtectedCategory(rule, category) is { } protectedCategory)
            {
                violations.Add(protectedCategory);
            }

            rule = rule with { Purchasable = rule.Purchasable || category is { Purchasable: true } };
        }

        foreach (var set in chain)
        {
            foreach (var guardrail in All)
            {
                if (guardrail(rule, set) is { } violation
                    && !violations.Exists(v => v.Guardrail == violation.Guardrail && v.Source == violation.Source))
                {
                    violations.Add(violation);
                }
            }
        }

        return violations;
    }
}
