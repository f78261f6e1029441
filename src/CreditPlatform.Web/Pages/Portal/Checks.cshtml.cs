using CreditPlatform.Application.Portal;
using CreditPlatform.Application.Portal.GetMyChecks;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>Who has checked the citizen's identifier: organisation, when, which measure.</summary>
public sealed class ChecksModel(ISender sender) : PageModel
{
    public IReadOnlyList<CheckOfMe> Checks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Checks = await sender.Send(new GetMyChecks(), ct);
}
