using CreditPlatform.Application.Audit;
using CreditPlatform.Application.Audit.ListAuditEntries;
using CreditPlatform.Application.Audit.VerifyAuditChain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Audit;

/// <summary>The jurisdiction's audit log, newest first, with the state of its hash chain.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Entries { get; private set; } = new([], 1, ListAuditEntries.PageSize, 0);

    public AuditChainVerification Chain { get; private set; } = null!;

    public long PageCount => Math.Max(1, (Entries.Total + Entries.PageSize - 1) / Entries.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Out-of-range pages and over-long filters are brought back in range: an edited address shows the log, not an error.
        PageNumber = Math.Clamp(PageNumber, 1, ListAuditEntriesValidator.MaxPage);
        Action = string.IsNullOrWhiteSpace(Action) ? null : Action.Trim()[..Math.Min(Action.Trim().Length, 200)];
        Entries = await sender.Send(new ListAuditEntries(Subject, PageNumber) { Action = Action }, ct);
        Chain = await sender.Send(new VerifyAuditChain(), ct);
    }
}
