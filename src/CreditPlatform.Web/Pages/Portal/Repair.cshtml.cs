using CreditPlatform.Application.Explanations;
using CreditPlatform.Application.Explanations.GetMyRepairPath;
using CreditPlatform.Application.Explanations.GetRepairPath;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>The citizen's path to repair: each entry that weighs on them, when repair may be asked for and when it lapses.</summary>
public sealed class RepairModel(ISender sender, TimeProvider clock) : PageModel
{
    public RepairPathDto Path { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Path = await sender.Send(new GetMyRepairPath(), ct);
        return Page();
    }
}
