using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Lists.GetList;
using CreditPlatform.Application.Lists.GetListEntries;
using CreditPlatform.Application.Lists.RemoveListEntry;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Lists;

/// <summary>One list's entries, a page at a time and optionally of one status; an entry is removed here with a reason.</summary>
public sealed class EntriesModel(ISender sender) : PageModel
{
    /// <summary>This list's suspension from above, if one is in force: its entries stay but are under suspension.</summary>
    public IReadOnlyList<Application.Oversight.SuspensionDto> Suspensions { get; private set; } = [];

    public const int PageSize = 25;

    public ListDto List { get; private set; } = null!;

    public ListEntryPage Entries { get; private set; } = new([], 1, PageSize, 0);

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? RemovalError { get; private set; }

    public int PageCount => Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string code, CancellationToken ct) => await LoadAsync(ListCodes.FromRoute(code), ct);

    public async Task<IActionResult> OnPostRemoveAsync(string code, Guid entryId, string? reason, string? note, bool confirmed, CancellationToken ct)
    {
        code = ListCodes.FromRoute(code);
        // Nothing is removed on a slip of the hand: the reason is chosen (none is preselected) and the removal confirmed.
        if (!confirmed || string.IsNullOrWhiteSpace(reason))
        {
            RemovalError = string.IsNullOrWhiteSpace(reason) ? UiText.ListConfirm.NoReason : UiText.ListConfirm.NotConfirmed;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(code, ct);
            return Page();
        }

        try
        {
            await sender.Send(new RemoveListEntry(reason, note) { ListCode = code, EntryId = entryId }, ct);
            TempData["Notice"] = UiText.AdminLists.Removed.ToString();
            return RedirectToPage(new { code });
        }
        catch (RequestValidationException e)
        {
            RemovalError = string.Join(" ", UiText.Validation.All(e));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (BusinessRuleException e)
        {
            RemovalError = UiText.AdminRules.Refused.Format(UiText.Refusals.For(e));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ConflictException e)
        {
            RemovalError = UiText.AdminRules.Refused.Format(UiText.Refusals.For(e));
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(code, ct);
        return Page();
    }

    private async Task LoadAsync(string code, CancellationToken ct)
    {
        List = await sender.Send(new GetList(code), ct);
        Suspensions = [.. (await sender.Send(new Application.Oversight.ListSuspensions.ListSuspensions(), ct)).Where(x => x.Target == "list" && x.Code == List.Code)];
        // A status or page the query would refuse is read as "all" and "first": a hand-edited address shows the list, not an error.
        Status = ApiNames.Parse<Domain.Lists.EntryStatus>(Status) is { } s ? ApiNames.Of(s) : null;
        PageNumber = Math.Max(1, PageNumber);
        Entries = await sender.Send(new GetListEntries(code, Status, PageNumber, PageSize), ct);
    }
}
