using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Schemes.ApproveSchemeDraft;
using CreditPlatform.Application.Scoring.Schemes.GetSchemeDraft;
using CreditPlatform.Application.Scoring.Schemes.RejectSchemeDraft;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Scheme;

/// <summary>A drafted scheme change beside the version in force, with the simulation of its bands; a second official approves or rejects it.</summary>
public sealed class ReviewModel(ISender sender) : PageModel
{
    public SchemeDraftReview Review { get; private set; } = null!;

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Review = await sender.Send(new GetSchemeDraft(id), ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var draft = await sender.Send(new ApproveSchemeDraft(id), ct);
            TempData["Notice"] = UiText.AdminScheme.Approved.Format(draft.ApprovedVersion);
            return RedirectToPage("/Admin/Rules/Index");
        }
        catch (BusinessRuleException e)
        {
            Refusals = [SchemeRefusal.Describe(e)];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.AdminScheme.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        Review = await sender.Send(new GetSchemeDraft(id), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await sender.Send(new RejectSchemeDraft(Reason) { Id = id }, ct);
            TempData["Notice"] = UiText.AdminScheme.RejectedNotice.ToString();
            return RedirectToPage("/Admin/Rules/Index");
        }
        catch (RequestValidationException e)
        {
            foreach (var message in UiText.Validation.All(e))
            {
                ModelState.AddModelError(nameof(Reason), message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.AdminScheme.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        Review = await sender.Send(new GetSchemeDraft(id), ct);
        return Page();
    }

    public static string Band(string? code) => code ?? UiText.AdminScheme.NoBand;

    public static string Kind(string kind) => UiText.Subjects.KindLabel(kind);

    public static string Threshold(BandDto band) =>
        band.MinScore?.ToString(System.Globalization.CultureInfo.CurrentCulture) is { } min ? "≥ " + min : UiText.AdminRules.Below;
}
