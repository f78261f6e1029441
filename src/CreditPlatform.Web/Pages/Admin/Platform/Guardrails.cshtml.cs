using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Categories;
using CreditPlatform.Application.Scoring.Categories.ListRuleCategories;
using CreditPlatform.Application.Scoring.Guardrails.Platform;
using CreditPlatform.Application.Scoring.Guardrails.Platform.ApprovePlatformGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.Platform.GetPlatformGuardrails;
using CreditPlatform.Application.Scoring.Guardrails.Platform.RejectPlatformGuardrails;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using CreditPlatform.Web.Pages.Admin.Rules;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Platform;

/// <summary>
/// The platform's guardrails: the version in force, a proposal awaiting a second administrator (approve, or
/// reject with a reason), the form to propose a change, and every earlier version.
/// </summary>
public sealed class GuardrailsModel(ISender sender) : PageModel
{
    [BindProperty]
    public GuardrailsForm Data { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public PlatformGuardrailsDto State { get; private set; } = null!;

    public IReadOnlyList<RuleCategoryDto> Categories { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (State.Active is { } active)
        {
            Data = GuardrailsForm.From(active.Limits);
        }
    }

    public Task<IActionResult> OnPostProposeAsync(CancellationToken ct) =>
        ActAsync(async () => UiText.PlatformGuardrails.Proposed.Format((await sender.Send(Data.ToCommand(), ct)).Version), "Data", ct);

    public Task<IActionResult> OnPostApproveAsync(int version, CancellationToken ct) =>
        ActAsync(async () => UiText.PlatformGuardrails.Approved.Format((await sender.Send(new ApprovePlatformGuardrails(version), ct)).Version), "", ct);

    public Task<IActionResult> OnPostRejectAsync(int version, CancellationToken ct) =>
        ActAsync(async () => UiText.PlatformGuardrails.Rejected.Format(
            (await sender.Send(new RejectPlatformGuardrails(Reason) { Version = version }, ct)).Version), "", ct);

    private async Task<IActionResult> ActAsync(Func<Task<string>> act, string prefix, CancellationToken ct)
    {
        try
        {
            TempData["Notice"] = await act();
            return RedirectToPage();
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, prefix);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (BusinessRuleException e)
        {
            Refusals = e.Code == Application.Scoring.Rules.RuleFourEyes.Code
                ? [UiText.PlatformGuardrails.FourEyes.Format(e.Extensions.GetValueOrDefault("proposedBy"))]
                : RefusalMessages.Of(e);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.AdminRules.Refused.Format(UiText.Refusals.For(e))];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        State = await sender.Send(new GetPlatformGuardrails(), ct);
        Categories = await sender.Send(new ListRuleCategories(), ct);
    }
}
