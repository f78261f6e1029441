using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>The citizen's home in the portal.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
