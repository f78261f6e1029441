using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Lists.ApproveListDraft;
using CreditPlatform.Application.Lists.GetLists;
using CreditPlatform.Application.Lists.ListListDrafts;
using CreditPlatform.Application.Lists.RejectListDraft;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Lists;

/// <summary>The black and red lists the official's jurisdiction issues, and the drafted ones waiting for a second official.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListDto> Lists { get; private set; } = [];

    public IReadOnlyList<ListDraftDto> Drafts { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await sender.Send(new ApproveListDraft(id), ct);
            TempData["Notice"] = UiText.ListDrafts.Approved.ToString();
            return RedirectToPage();
        }
        catch (BusinessRuleException e)
        {
            Refusals = [e.Code == RuleFourEyes.Code ? UiText.ListDrafts.FourEyes : UiText.ListDrafts.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.ListDrafts.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, CancellationToken ct)
    {
        try
        {
            await sender.Send(new RejectListDraft(reason) { Id = id }, ct);
            TempData["Notice"] = UiText.ListDrafts.Rejected.ToString();
            return RedirectToPage();
        }
        catch (RequestValidationException e)
        {
            Refusals = UiText.Validation.All(e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.ListDrafts.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Lists = await sender.Send(new GetLists(), ct);
        Drafts = [.. (await sender.Send(new ListListDrafts(), ct)).Where(d => d.Status == "draft")];
    }
}
