using CreditPlatform.Application.Gathering;
using CreditPlatform.Application.Gathering.GetVillageBoard;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Gather;

/// <summary>The monthly board the village committee prints and pins up: stars and flags per villager.</summary>
public sealed class BoardModel(ISender sender) : PageModel
{
    public VillageBoard Board { get; private set; } = null!;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Board = await sender.Send(new GetVillageBoard(Month is { Length: 7 } ? Month : null), ct);
        Month = Board.Month;
    }
}
