using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Lists.AddListEntry;
using CreditPlatform.Application.Lists.GetList;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Lists;

/// <summary>Lists a subject: the identifier travels in the form body only, never in the address.</summary>
public sealed class AddModel(ISender sender) : PageModel
{
    [BindProperty]
    public AddListEntry Data { get; set; } = new(null, "person", null, null, null, null, null, null);

    /// <summary>The official ticked the confirmation: nobody is listed on a slip of the hand.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public ListDto List { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken ct) => List = await sender.Send(new GetList(ListCodes.FromRoute(code)), ct);

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        code = ListCodes.FromRoute(code);
        List = await sender.Send(new GetList(code), ct);
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), UiText.ListConfirm.NotConfirmed);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var command = (Data.LegalRepresentative is { Identifier: null, Name: null } ? Data with { LegalRepresentative = null } : Data) with { ListCode = code };
        try
        {
            var created = await sender.Send(command, ct);
            TempData["Notice"] = created.Linked.Count == 0
                ? UiText.AdminLists.Listed.ToString()
                : UiText.AdminLists.ListedWithRepresentative.Format(UiText.AdminLists.RoleLabel(created.Linked[0].Role));
            return RedirectToPage("Entries", new { code });
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Data));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(AddListEntry.Identifier)}", UiText.AdminLists.AlreadyListed);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }
}
