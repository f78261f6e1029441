using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin;

/// <summary>The officials' dashboard; areas add their summaries here as they land.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
