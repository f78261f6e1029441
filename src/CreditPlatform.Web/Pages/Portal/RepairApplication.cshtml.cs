using System.Globalization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.FileRepair;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>The citizen applies for credit repair of one of their entries (the filing checks the entry is theirs).</summary>
public sealed class RepairApplicationModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Ledger { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Listing { get; set; }

    [BindProperty]
    public bool Performed { get; set; }

    [BindProperty]
    public string? Commitment { get; set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet() => Ledger is null && Listing is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await sender.Send(new FileRepair(Ledger, Ledger is null ? Listing : null, Performed, Commitment), ct);
            TempData["Notice"] = UiText.MyRepair.Filed.ToString();
            return RedirectToPage("Repair");
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, "");
        }
        catch (BusinessRuleException e) when (e.Code == FileRepairHandler.TooEarlyCode)
        {
            var earliest = e.Extensions.TryGetValue("earliestRepair", out var at) && at is DateTimeOffset d ? d.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) : "";
            Problem = UiText.MyRepair.TooEarly.Format(earliest);
        }
        catch (BusinessRuleException e)
        {
            Problem = UiText.Refusals.For(e);
        }
        catch (ConflictException e)
        {
            Problem = UiText.Refusals.For(e);
        }

        return Page();
    }
}
