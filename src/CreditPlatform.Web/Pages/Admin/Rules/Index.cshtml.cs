using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>The jurisdiction's scheme and rule catalogue; drafts are approved or refused here, active rules retired.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<RuleDto> Rules { get; private set; } = [];

    public SchemeDto? Scheme { get; private set; }

    /// <summary>Why the last approval or retirement was refused, shown above the catalogue.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(string code, int version, CancellationToken ct) =>
        await ActAsync(() => sender.Send(new ApproveRule(code ?? "", version), ct), UiText.AdminRules.Approved, ct);

    public async Task<IActionResult> OnPostRetireAsync(string code, CancellationToken ct) =>
        await ActAsync(() => sender.Send(new RetireRule(null) { Code = code ?? "" }, ct), UiText.AdminRules.Retired, ct);

    private async Task<IActionResult> ActAsync(Func<Task<RuleDto>> act, Text done, CancellationToken ct)
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
            Refusals = [UiText.AdminRules.Refused.Format(e.Message)];
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await sender.Send(new ListRules(null, UiText.AdminRules.Language), ct);
        try
        {
            Scheme = await sender.Send(new GetScheme(), ct);
        }
        catch (BusinessRuleException)
        {
            Scheme = null;
        }
    }
}
