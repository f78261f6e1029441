using System.Globalization;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Web.Localization;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>Turns a refusal of a rule (guardrails, four eyes) into sentences an official reads in their language.</summary>
public static class RefusalMessages
{
    public static IReadOnlyList<string> Of(BusinessRuleException refusal)
    {
        if (refusal.Code == RuleFourEyes.Code)
        {
            return refusal.Extensions.TryGetValue("requestedBy", out var requestedBy)
                ? [UiText.AdminRules.FourEyesRetirement.Format(requestedBy)]
                : [UiText.AdminRules.FourEyes.Format(refusal.Extensions.GetValueOrDefault("draftedBy"))];
        }

        if (refusal.Extensions.GetValueOrDefault("violations") is IEnumerable<GuardrailViolation> violations)
        {
            return [.. violations.Select(Describe)];
        }

        return [UiText.AdminRules.Refused.Format(UiText.Refusals.For(refusal))];
    }

    /// <summary>One broken guardrail in the reader's language; English readers also get its exact limit.</summary>
    public static string Describe(GuardrailViolation violation)
    {
        // The guardrail's own message names its limit in English; Chinese readers get the plain sentence alone.
        var english = Cultures.IsEnglish(CultureInfo.CurrentUICulture);
        var source = violation.Source == GuardrailChecker.PlatformSource ? UiText.AdminRules.ThePlatform : violation.Source;
        return UiText.AdminRules.Guardrail.Format(Name(violation.Guardrail), source) + (english ? " " + violation.Message : "");
    }

    private static string Name(string guardrail) => guardrail switch
    {
        GuardrailNames.ForbiddenCategory => UiText.AdminRules.ForbiddenCategory,
        GuardrailNames.UnknownCategory => UiText.AdminRules.UnknownCategory,
        GuardrailNames.LegalBasisRequired => UiText.AdminRules.LegalBasisRequired,
        GuardrailNames.MaxPointsPerEntry => UiText.AdminRules.MaxPointsPerEntry,
        GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod => UiText.AdminRules.MaxPointsPerPeriod,
        GuardrailNames.BandOverrideOnPersons => UiText.AdminRules.BandOverrideOnPersons,
        GuardrailNames.MaxPurchasablePointsPerYear => UiText.AdminRules.MaxPurchasable,
        _ => guardrail,
    };
}
