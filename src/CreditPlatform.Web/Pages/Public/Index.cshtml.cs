using CreditPlatform.Application.Catalogue.GetPublicJurisdictions;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Public;

/// <summary>The public front door: every open jurisdiction, found by name, each with its catalogue.</summary>
[AllowAnonymous]
public sealed class IndexModel(ISender sender) : PageModel
{
    /// <summary>Part of a jurisdiction's name (either language) or slug; a plain GET form, so it works without scripts.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PublicJurisdictions Directory { get; private set; } = new([], 0);

    public bool Searching => !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = Search?.Trim();
        if (Search?.Length > GetPublicJurisdictionsHandler.SearchMaxLength)
        {
            Search = Search[..GetPublicJurisdictionsHandler.SearchMaxLength];
        }

        Directory = await sender.Send(new GetPublicJurisdictions(Search, UiText.AdminRules.Language), ct);
    }
}
