using CreditPlatform.Application.Lists.GetListCatalogue;
using CreditPlatform.Application.Lists.SearchPublishedEntries;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Public;

/// <summary>The public search of published black and red list entries.</summary>
[AllowAnonymous]
public sealed class ListsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CatalogueList> Catalogue { get; private set; } = [];
    public PublishedEntryPage Results { get; private set; } = new([], 1, SearchPublishedEntries.PageSize, 0);

    public int LastPage => (int)Math.Max(1, (Results.Total + Results.PageSize - 1) / Results.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        if (Name?.Length > SearchPublishedEntries.NameMaxLength)
        {
            Name = Name[..SearchPublishedEntries.NameMaxLength];
        }

        Catalogue = await sender.Send(new GetListCatalogue(), ct);
        if (List is not null && Catalogue.All(l => l.Code != List))
        {
            List = null;
        }

        Results = await sender.Send(new SearchPublishedEntries(Name, List, PageNumber), ct);
    }

    public string PageLink(int page) => Url.Page("/Public/Lists", new { name = Name, list = List, page }) ?? "";
}
