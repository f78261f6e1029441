using System.Globalization;
using CreditPlatform.Application.Catalogue.GetJurisdictionNames;
using CreditPlatform.Application.Lists.GetListCatalogue;
using CreditPlatform.Application.Lists.SearchPublishedEntries;
using CreditPlatform.Domain.Tenants;
using CreditPlatform.Web.Localization;
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

    /// <summary>Every jurisdiction's two names by slug, to name an authority in the page's language.</summary>
    public IReadOnlyDictionary<string, JurisdictionName> Authorities { get; private set; } = new Dictionary<string, JurisdictionName>();

    public int LastPage => (int)Math.Max(1, (Results.Total + Results.PageSize - 1) / Results.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        if (Name?.Length > SearchPublishedEntries.NameMaxLength)
        {
            Name = Name[..SearchPublishedEntries.NameMaxLength];
        }

        Authorities = await sender.Send(new GetJurisdictionNames(), ct);
        Catalogue = await sender.Send(new GetListCatalogue(), ct);
        if (List is not null && Catalogue.All(l => l.Code != List))
        {
            List = null;
        }

        Results = await sender.Send(new SearchPublishedEntries(Name, List, PageNumber), ct);
    }

    /// <summary>The authority's name in the page's language; failing that, the matching half of its two-language label.</summary>
    public string AuthorityName(string slug, string? label = null)
    {
        var english = Cultures.IsEnglish(CultureInfo.CurrentUICulture);
        if (Authorities.TryGetValue(slug, out var names) && names.In(english) is { Length: > 0 } name)
        {
            return name;
        }

        if (string.IsNullOrEmpty(label))
        {
            return slug;
        }

        var (zh, en) = Tenant.SplitName(label);
        return english ? en : zh;
    }

    public string PageLink(int page) => Url.Page("/Public/Lists", new { name = Name, list = List, page }) ?? "";
}
