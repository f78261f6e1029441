using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Guardrails;

/// <summary>One set of limits and who imposes it ("platform" or a jurisdiction's slug).</summary>
public sealed record GuardrailSetDto(
    string Source,
    bool LegalBasisRequired,
    int? MaxPointsPerEntry,
    PeriodLimit? MaxPointsPerSubjectPerRulePerPeriod,
    IReadOnlyList<string> ForbiddenCategories,
    bool BandOverrideOnPersonsAllowed,
    int? MaxPurchasablePointsPerYear)
{
    public static GuardrailSetDto From(GuardrailSet set) => new(
        set.Name,
        set.LegalBasisRequired,
        set.MaxPointsPerEntry,
        set.MaxPointsPerSubjectPerRulePerPeriod,
        set.ForbiddenCategories,
        set.BandOverrideOnPersonsAllowed,
        set.MaxPurchasablePointsPerYear);
}

/// <summary>The jurisdiction's own limits (null when it sets none) and the whole chain its rules must satisfy.</summary>
public sealed record TenantGuardrailsDto(string Tenant, GuardrailSetDto? Own, IReadOnlyList<GuardrailSetDto> Chain);
