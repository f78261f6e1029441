using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.GetAppeals;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal.Appeals;

/// <summary>The citizen's own appeals, open and decided (the query keeps a citizen to his own).</summary>
public sealed class IndexModel(ISender sender, ICurrentActor actor) : PageModel
{
    public IReadOnlyList<AppealDto> Appeals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (actor.SubjectId is null)
        {
            return Forbid();
        }

        Appeals = [.. (await sender.Send(new GetAppeals(OpenOnly: false), ct)).OrderByDescending(a => a.FiledAt)];
        return Page();
    }
}
