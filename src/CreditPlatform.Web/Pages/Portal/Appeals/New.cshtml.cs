using System.Globalization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal.Appeals;

/// <summary>The citizen objects to one of his own entries, giving his reasons.</summary>
public sealed class NewModel(ISender sender, ICurrentActor actor) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "entry")]
    public Guid? LedgerEntryId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ListEntry { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The ledger entry objected to, when it is one of the citizen's own.</summary>
    public LedgerEntryDto? Entry { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        try
        {
            var filed = await sender.Send(new FileAppeal(Entry?.Id, Entry is null ? ListEntry : null, Reason), ct);
            TempData["Notice"] = UiText.MyAppeals.Filed.Format(filed.DecisionDue.ToLocalTime().ToString("d", CultureInfo.CurrentCulture));
            return RedirectToPage("Index");
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, "");
        }
        catch (BusinessRuleException e) when (e.Code == FileAppealHandler.WindowClosedCode)
        {
            var closed = e.Extensions.TryGetValue("windowClosedAt", out var at) && at is DateTimeOffset d ? d.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) : "";
            Problem = UiText.MyAppeals.WindowClosed.Format(closed);
        }
        catch (BusinessRuleException e)
        {
            Problem = e.Message;
        }
        catch (ConflictException)
        {
            Problem = UiText.MyAppeals.AlreadyOpen;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (actor.SubjectId is not { } subjectId)
        {
            return false;
        }

        if (LedgerEntryId is { } id)
        {
            var ledger = await sender.Send(new GetSubjectLedger(subjectId, CultureInfo.CurrentUICulture.Name), ct);
            Entry = ledger.FirstOrDefault(e => e.Id == id);
            return Entry is not null;
        }

        // A list entry is named by the citizen's own notice; the filing itself checks it is his.
        return ListEntry is not null;
    }
}
