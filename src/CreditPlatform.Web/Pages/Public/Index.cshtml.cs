using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Public;

/// <summary>What anyone may read without signing in.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
