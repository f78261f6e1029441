using CreditPlatform.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages;

/// <summary>Remembers the chosen language in the culture cookie and goes back to the page the user was on.</summary>
public sealed class LanguageModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (Cultures.Find(culture) is { } chosen)
        {
            Response.RememberCulture(chosen, clock.GetUtcNow(), Request.IsHttps);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
