using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Subjects.EnrolSubject;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Subjects;

/// <summary>Enrols a person or an organisation in the official's jurisdiction: the same command as the API.</summary>
public sealed class EnrolModel(ISender sender) : PageModel
{
    [BindProperty]
    public EnrolSubject Data { get; set; } = new("person", null, null, null);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A form always posts the representative's fields; left empty they mean "none", as an absent JSON member does.
        var command = Data.LegalRepresentative is { Identifier: null, Name: null } ? Data with { LegalRepresentative = null } : Data;
        try
        {
            var subject = await sender.Send(command, ct);
            TempData["Notice"] = UiText.Subjects.Enrolled.ToString();
            return RedirectToPage("Details", new { id = subject.Id });
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Data));
        }
        catch (ConflictException)
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(EnrolSubject.Identifier)}", UiText.Subjects.AlreadyEnrolled);
        }

        return Page();
    }
}
