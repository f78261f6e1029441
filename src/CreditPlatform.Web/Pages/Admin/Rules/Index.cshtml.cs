using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Oversight.ListSuspensions;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Rules.ConfirmRuleRetirement;
using CreditPlatform.Application.Scoring.Rules.ListRules;
using CreditPlatform.Application.Scoring.Rules.RetireRule;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Schemes.GetScheme;
using CreditPlatform.Application.Scoring.Schemes.ListSchemeDrafts;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>
/// The jurisdiction's scheme and rule catalogue: drafts lead to their review, active rules show the guardrails they
/// break, and retiring one is asked here by one official and confirmed by another.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<RuleDto> Rules { get; private set; } = [];

    public SchemeDto? Scheme { get; private set; }

    /// <summary>What a higher authority suspended here: who, why, since when.</summary>
    public IReadOnlyList<SuspensionDto> Suspensions { get; private set; } = [];

    public IReadOnlyList<SchemeDraftDto> SchemeDrafts { get; private set; } = [];

    /// <summary>Why the last approval or retirement was refused, shown above the catalogue.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Active versions that break a guardrail set after they were approved.</summary>
    public IReadOnlyList<RuleDto> Breaches => [.. Rules.Where(r => r.Status == "active" && r.Violations.Count > 0)];

    public async Task<IActionResult> OnPostRetireAsync(string code, CancellationToken ct) =>
        await ActAsync(() => sender.Send(new RetireRule(null) { Code = code ?? "" }, ct), UiText.AdminRules.RetirementAsked, ct);

    public async Task<IActionResult> OnPostConfirmRetirementAsync(string code, CancellationToken ct) =>
        await ActAsync(() => sender.Send(new ConfirmRuleRetirement(code ?? ""), ct), UiText.AdminRules.Retired, ct);

    private async Task<IActionResult> ActAsync(Func<ValueTask<RuleDto>> act, Text done, CancellationToken ct)
    {
        try
        {
            var rule = await act();
            TempData["Notice"] = done.Format(rule.Code, rule.Version);
            return RedirectToPage();
        }
        catch (BusinessRuleException e)
        {
            Refusals = RefusalMessages.Of(e);
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.AdminRules.Refused.Format(UiText.Refusals.For(e))];
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await sender.Send(new ListRules(null, UiText.AdminRules.Language), ct);
        Suspensions = [.. (await sender.Send(new ListSuspensions(), ct)).Where(s => s.Target == "rule")];
        try
        {
            Scheme = await sender.Send(new GetScheme(), ct);
        }
        catch (BusinessRuleException)
        {
            Scheme = null;
        }

        SchemeDrafts = await sender.Send(new ListSchemeDrafts(), ct);
    }
}
