using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists.DraftList;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Lists;

/// <summary>Drafts a new list with its whole policy; a second official approves it on the lists page.</summary>
public sealed class DraftModel(ISender sender) : PageModel
{
    [BindProperty]
    public ListForm Data { get; set; } = new();

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await sender.Send(Data.ToCommand(), ct);
            TempData["Notice"] = UiText.ListDrafts.Drafted.ToString();
            return RedirectToPage("Index");
        }
        catch (RequestValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                var name = ListForm.Fields.FirstOrDefault(f => string.Equals(f, failure.Field, StringComparison.OrdinalIgnoreCase));
                ModelState.AddModelError(name is null ? "" : $"{nameof(Data)}.{name}", UiText.Validation.For(failure));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException e)
        {
            Refusals = [UiText.ListDrafts.Refused.Format(e.Message)];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }
}

public sealed class ListForm
{
    public static readonly string[] Fields = [nameof(Code), nameof(Name), nameof(Kind), nameof(Sector), nameof(Scope), nameof(LegalBasis), nameof(DefaultDurationDays), nameof(Measures), nameof(AppealWindowDays), nameof(MinimumDaysBeforeRepair)];

    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Sector { get; set; }
    public string? Scope { get; set; } = "local";
    public string? LegalBasis { get; set; }
    public int? DefaultDurationDays { get; set; }
    public List<string> Measures { get; set; } = [];
    public string? LegalRepresentative { get; set; } = "none";
    public int? AppealWindowDays { get; set; } = 15;
    public int? MinimumDaysBeforeRepair { get; set; }

    public DraftList ToCommand() => new(
        Code, Name, Kind, Sector, Scope, LegalBasis, DefaultDurationDays, null, LegalRepresentative,
        LegalRepresentative == "restricted" ? Measures : null, Measures, AppealWindowDays, null, MinimumDaysBeforeRepair);
}
