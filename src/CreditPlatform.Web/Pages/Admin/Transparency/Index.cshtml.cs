using CreditPlatform.Application.Transparency.GetTransparencyReport;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Transparency;

/// <summary>The jurisdiction's transparency report for a month, quarter or year, on screen or as CSV.</summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = ReportPeriod.Month;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Number { get; set; }

    public TransparencyReportDto Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await sender.Send(Query(), ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await sender.Send(Query(), ct);
        return File(TransparencyCsv.Write(report), "text/csv; charset=utf-8", $"transparency-{report.Period.Label}.csv");
    }

    /// <summary>A period the form could not have sent falls back to the current month rather than failing.</summary>
    private GetTransparencyReport Query()
    {
        var now = clock.GetUtcNow();
        var year = Year ?? now.Year;
        var number = Number ?? (Kind == ReportPeriod.Quarter ? ((now.Month - 1) / 3) + 1 : Kind == ReportPeriod.Year_ ? 1 : now.Month);
        if (!ReportPeriod.IsValid(Kind, year, number))
        {
            (Kind, year, number) = (ReportPeriod.Month, now.Year, now.Month);
        }

        (Year, Number) = (year, number);
        return new GetTransparencyReport(Kind, year, number);
    }
}
