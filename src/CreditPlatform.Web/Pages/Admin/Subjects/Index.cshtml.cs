using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Subjects.LookupSubject;
using CreditPlatform.Application.Subjects.SearchSubjects;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Subjects;

/// <summary>
/// Find a subject of the official's jurisdiction: by name prefix (a GET, so pages can be linked), or by
/// identifier (a POST: the identifier stays in the body and never reaches the address bar).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public LookupSubject Lookup { get; set; } = new(null);

    public SubjectSearchPage? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Name is null)
        {
            return;
        }

        try
        {
            Result = await sender.Send(new SearchSubjects(Name, PageNumber), ct);
        }
        catch (RequestValidationException e)
        {
            // The search form has one field: every complaint belongs next to it.
            foreach (var message in UiText.Validation.All(e))
            {
                ModelState.AddModelError(nameof(Name), message);
            }
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var subject = await sender.Send(Lookup, ct);
            return RedirectToPage("Details", new { id = subject.Id });
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Lookup));
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError($"{nameof(Lookup)}.{nameof(LookupSubject.Identifier)}", UiText.Subjects.NotFoundByIdentifier);
        }

        return Page();
    }
}
