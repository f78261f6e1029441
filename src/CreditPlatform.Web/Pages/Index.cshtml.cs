using CreditPlatform.Web.Navigation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages;

/// <summary>The landing page for visitors; signed-in users go straight to their own area.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? RedirectToPage(NavCatalogue.HomeOf(User)) : Page();
}
