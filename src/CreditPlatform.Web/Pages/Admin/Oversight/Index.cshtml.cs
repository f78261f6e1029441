using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Oversight.ActBelow;
using CreditPlatform.Application.Oversight.GetJurisdictionOversight;
using CreditPlatform.Application.Oversight.GetOversightBoard;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Oversight;

/// <summary>The jurisdictions below the official's own: suspend a rule or list with a reason, propose or approve lifting.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<JurisdictionOversight> Board { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Board = await sender.Send(new GetOversightBoard(UiText.AdminRules.Language), ct);

    public Task<IActionResult> OnPostSuspendAsync(Guid tenantId, string target, string code, string? reason, CancellationToken ct) =>
        ActAsync(new ActBelow(tenantId, OversightAction.Suspend, TargetOf(target), code ?? "", reason), ct);

    public Task<IActionResult> OnPostProposeLiftAsync(Guid tenantId, string target, string code, string? note, CancellationToken ct) =>
        ActAsync(new ActBelow(tenantId, OversightAction.ProposeLift, TargetOf(target), code ?? "", note), ct);

    public Task<IActionResult> OnPostApproveLiftAsync(Guid tenantId, string target, string code, CancellationToken ct) =>
        ActAsync(new ActBelow(tenantId, OversightAction.ApproveLift, TargetOf(target), code ?? "", null), ct);

    private static SuspensionTarget TargetOf(string? target) => target == "list" ? SuspensionTarget.List : SuspensionTarget.Rule;

    private async Task<IActionResult> ActAsync(ActBelow command, CancellationToken ct)
    {
        try
        {
            var done = await sender.Send(command, ct);
            TempData["Notice"] = UiText.Oversight.Done.Format(done.Code);
            return RedirectToPage();
        }
        catch (RequestValidationException e)
        {
            Errors = command.Action == OversightAction.Suspend && string.IsNullOrWhiteSpace(command.Text)
                ? [UiText.Oversight.ReasonRequired]
                : UiText.Validation.All(e);
        }
        catch (BusinessRuleException e)
        {
            Errors = [UiText.Oversight.Refused.Format(e.Message)];
        }
        catch (ConflictException e)
        {
            Errors = [UiText.Oversight.Refused.Format(e.Message)];
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        Board = await sender.Send(new GetOversightBoard(UiText.AdminRules.Language), ct);
        return Page();
    }
}
