using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Lists.GetLists;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Lists;

/// <summary>The black and red lists the official's jurisdiction issues.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListDto> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lists = await sender.Send(new GetLists(), ct);
}
