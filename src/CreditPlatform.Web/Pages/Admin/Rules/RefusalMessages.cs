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
        if (refusal.Code == ApproveRuleHandler.FourEyesCode)
        {
            return [UiText.AdminRules.FourEyes.Format(refusal.Extensions.GetValueOrDefault("draftedBy"))];
        }

        if (refusal.Extensions.GetValueOrDefault("violations") is IEnumerable<GuardrailViolation> violations)
        {
            // The guardrail's own message names its limit in English; Chinese readers get the plain sentence alone.
            var english = Cultures.IsEnglish(CultureInfo.CurrentUICulture);
            return [.. violations.Select(v => UiText.AdminRules.Guardrail.Format(Describe(v.Guardrail), v.Source) + (english ? " " + v.Message : ""))];
        }

        return [UiText.AdminRules.Refused.Format(refusal.Message)];
    }

    private static string Describe(string guardrail) => guardrail switch
    {
        GuardrailNames.ForbiddenCategory => UiText.AdminRules.ForbiddenCategory,
        GuardrailNames.LegalBasisRequired => UiText.AdminRules.LegalBasisRequired,
        GuardrailNames.MaxPointsPerEntry => UiText.AdminRules.MaxPointsPerEntry,
        GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod => UiText.AdminRules.MaxPointsPerPeriod,
        GuardrailNames.BandOverrideOnPersons => UiText.AdminRules.BandOverrideOnPersons,
        GuardrailNames.MaxPurchasablePointsPerYear => UiText.AdminRules.MaxPurchasable,
        _ => guardrail,
    };

}
