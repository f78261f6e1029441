using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Application.Scoring.Guardrails.Platform;
using CreditPlatform.Application.Scoring.Guardrails.Platform.ProposePlatformGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.SetGuardrails;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Web.Pages.Admin.Platform;

/// <summary>The platform's limits as a form posts them; <see cref="ToCommand"/> builds the command the API takes.</summary>
public sealed class GuardrailsForm
{
    public bool LegalBasisRequired { get; set; } = true;
    public int? MaxPointsPerEntry { get; set; }
    public int? PeriodPoints { get; set; }
    public int? PeriodDays { get; set; }
    public List<string> ForbiddenCategories { get; set; } = [];
    public bool BandOverrideOnPersonsAllowed { get; set; } = true;
    public int? MaxPurchasablePointsPerYear { get; set; }
    public string? Note { get; set; }

    public static GuardrailsForm From(GuardrailSetDto limits) => new()
    {
        LegalBasisRequired = limits.LegalBasisRequired,
        MaxPointsPerEntry = limits.MaxPointsPerEntry,
        PeriodPoints = limits.MaxPointsPerSubjectPerRulePerPeriod?.Points,
        PeriodDays = limits.MaxPointsPerSubjectPerRulePerPeriod?.Days,
        ForbiddenCategories = [.. limits.ForbiddenCategories],
        BandOverrideOnPersonsAllowed = limits.BandOverrideOnPersonsAllowed,
        MaxPurchasablePointsPerYear = limits.MaxPurchasablePointsPerYear,
    };

    public ProposePlatformGuardrails ToCommand() => new(
        new SetGuardrails(
            LegalBasisRequired,
            MaxPointsPerEntry,
            PeriodPoints is null && PeriodDays is null ? null : new PeriodLimit(PeriodPoints ?? 0, PeriodDays ?? 0),
            ForbiddenCategories,
            BandOverrideOnPersonsAllowed,
            MaxPurchasablePointsPerYear),
        Note);
}
