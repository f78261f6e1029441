using CreditPlatform.Application.Reports;
using CreditPlatform.Application.Reports.IssueScoreReport;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Portal;

/// <summary>
/// A printable report of the citizen's score for a loan application. Each press issues a new report with its own
/// code; the code is shown only here, on the page that is printed.
/// </summary>
public sealed class ReportModel(ISender sender) : PageModel
{
    public IssuedScoreReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct) => Report = await sender.Send(new IssueScoreReport(), ct);
}
