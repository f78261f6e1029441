using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Gather;

/// <summary>The gatherers' start page: one column of large links, made for a phone.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
