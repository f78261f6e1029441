using System.Globalization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.DecideAppeal;
using CreditPlatform.Application.Appeals.GetAppealEvidenceFile;
using CreditPlatform.Application.Appeals.GetAppealForReview;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Appeals;

/// <summary>One appeal: the entry, the subject's reasons, and the decision form.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public AppealReview Review { get; private set; } = null!;

    public LedgerEntryDto? Entry { get; private set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public int? AdjustedPoints { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>One piece of the evidence, as the appellant sent it.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        var file = await sender.Send(new GetAppealEvidenceFile(id, evidenceId), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var decided = await sender.Send(new DecideAppeal(Outcome, Reasons, AdjustedPoints) { AppealId = id }, ct);
            TempData["Notice"] = UiText.AdminAppeals.Decided.Format(UiText.MyAppeals.StatusText(decided.Status));
            return RedirectToPage("Index");
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, "");
        }
        catch (ConflictException e) when (e.Code == DecideAppealHandler.EscalatedCode)
        {
            Problem = UiText.AcrossJurisdictions.HandedOver;
        }
        catch (BusinessRuleException e) when (e.Code == SeparationOfDuties.Code)
        {
            Problem = UiText.AdminAppeals.RecorderMayNotDecide;
        }
        catch (BusinessRuleException e)
        {
            Problem = UiText.Refusals.For(e);
        }
        catch (ConflictException e)
        {
            Problem = UiText.Refusals.For(e);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Review = await sender.Send(new GetAppealForReview(id), ct);
        if (Review.Appeal.LedgerEntryId is { } entryId && Review.SubjectId is { } subjectId)
        {
            var ledger = await sender.Send(new GetSubjectLedger(subjectId, CultureInfo.CurrentUICulture.Name), ct);
            Entry = ledger.FirstOrDefault(e => e.Id == entryId);
        }
    }
}
