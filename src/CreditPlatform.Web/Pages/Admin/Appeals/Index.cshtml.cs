using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.GetAppeals;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Appeals;

/// <summary>The reviewers' queue: open appeals of the official's jurisdiction, the nearest deadline first.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<AppealDto> Appeals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Appeals = await sender.Send(new GetAppeals(OpenOnly: true), ct);
}
