using CreditPlatform.Application.Catalogue;
using CreditPlatform.Application.Catalogue.GetPublicCatalogue;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Public;

/// <summary>A jurisdiction's published catalogue of rules and lists, open to everyone.</summary>
[AllowAnonymous]
public sealed class CatalogueModel(ISender sender) : PageModel
{
    public PublicCatalogue Catalogue { get; private set; } = new("", null, 15, [], []);

    public async Task OnGetAsync(CancellationToken ct) => Catalogue = await sender.Send(new GetPublicCatalogue(), ct);
}
