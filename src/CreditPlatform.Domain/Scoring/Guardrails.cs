using System.Globalization;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Scoring;

/// <summary>The individual guardrails, each a small named check of one rule against one set.</summary>
internal static class Guardrails
{
    public static GuardrailViolation? LegalBasis(RuleDefinition rule, GuardrailSet set) =>
        set.LegalBasisRequired && string.IsNullOrWhiteSpace(rule.LegalBasis)
            ? new(GuardrailNames.LegalBasisRequired, set.Name,
                $"Guardrail {GuardrailNames.LegalBasisRequired} ({set.Name}): every rule must cite its legal basis, and rule {rule.Code} cites none.")
            : null;

    public static GuardrailViolation? MaxPointsPerEntry(RuleDefinition rule, GuardrailSet set)
    {
        if (set.MaxPointsPerEntry is not { } limit)
        {
            return null;
        }

        var prefix = $"Guardrail {GuardrailNames.MaxPointsPerEntry} ({set.Name}): one entry may move a score by at most {Text(limit)} points";
        return EntryBound.MaxPerEntry(rule) switch
        {
            null => new(GuardrailNames.MaxPointsPerEntry, set.Name,
                $"{prefix}, but rule {rule.Code} has neither a maximum quantity nor a points cap, so one entry is unbounded."),
            { } bound when bound > limit => new(GuardrailNames.MaxPointsPerEntry, set.Name,
                $"{prefix}, but one entry of rule {rule.Code} can produce {Text(bound)}."),
            _ => null,
        };
    }

    public static GuardrailViolation? MaxPointsPerSubjectPerRulePerPeriod(RuleDefinition rule, GuardrailSet set)
    {
        if (set.MaxPointsPerSubjectPerRulePerPeriod is not { } limit
            || EntryBound.HasCapWithin(rule, Math.Abs((long)limit.Points), limit.Days, pointsCapsOnly: false))
        {
            return null;
        }

        return new(GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod, set.Name,
            $"Guardrail {GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod} ({set.Name}): a subject may gain or lose at most "
            + $"{Text(limit.Points)} points per rule in {Text(limit.Days)} days, and rule {rule.Code} has no cap at least that strict.");
    }

    public static GuardrailViolation? ForbiddenCategory(RuleDefinition rule, GuardrailSet set)
    {
        var category = Normalize(rule.Category);
        foreach (var forbidden in set.ForbiddenCategories)
        {
            if (string.Equals(category, Normalize(forbidden), StringComparison.Ordinal))
            {
                return new(GuardrailNames.ForbiddenCategory, set.Name,
                    $"Guardrail {GuardrailNames.ForbiddenCategory} ({set.Name}): no scheme may score the category '{forbidden}', which rule {rule.Code} uses.");
            }
        }

        return null;
    }

    public static GuardrailViolation? CategoryInVocabulary(RuleDefinition rule, RuleCategory? category) =>
        category is null
            ? new(GuardrailNames.UnknownCategory, GuardrailChecker.PlatformSource,
                $"Guardrail {GuardrailNames.UnknownCategory} ({GuardrailChecker.PlatformSource}): a rule names a category by its code "
                + $"from the platform's vocabulary, and '{rule.Category}', which rule {rule.Code} names, is not one.")
            : null;

    public static GuardrailViolation? ProtectedCategory(RuleDefinition rule, RuleCategory? category) =>
        category is { Protected: true }
            ? new(GuardrailNames.ForbiddenCategory, GuardrailChecker.PlatformSource,
                $"Guardrail {GuardrailNames.ForbiddenCategory} ({GuardrailChecker.PlatformSource}): no scheme may score the protected "
                + $"category '{category.Code}' ({category.LabelEn}), which rule {rule.Code} uses.")
            : null;

    public static GuardrailViolation? BandOverrideOnPersons(RuleDefinition rule, GuardrailSet set) =>
        !set.BandOverrideOnPersonsAllowed && rule.BandOverride is { } band && rule.SubjectKinds.Contains(SubjectKind.Person)
            ? new(GuardrailNames.BandOverrideOnPersons, set.Name,
                $"Guardrail {GuardrailNames.BandOverrideOnPersons} ({set.Name}): band overrides may not apply to persons, "
                + $"and rule {rule.Code} holds persons at band {band.Band}.")
            : null;

    public static GuardrailViolation? MaxPurchasablePointsPerYear(RuleDefinition rule, GuardrailSet set)
    {
        if (!rule.Purchasable
            || set.MaxPurchasablePointsPerYear is not { } limit
            || EntryBound.HasCapWithin(rule, Math.Abs((long)limit), 365, pointsCapsOnly: true))
        {
            return null;
        }

        return new(GuardrailNames.MaxPurchasablePointsPerYear, set.Name,
            $"Guardrail {GuardrailNames.MaxPurchasablePointsPerYear} ({set.Name}): at most {Text(limit)} points a year may be obtained "
            + $"by giving money or goods, so rule {rule.Code} needs a points cap of at most {Text(limit)} over at least 365 days.");
    }

    /// <summary>"Political Opinion", "political-opinion" and "political_opinion" are the same category: spelling must not be a loophole.</summary>
    private static string Normalize(string category) =>
        category.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static string Text(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
