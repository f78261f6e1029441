using System.Globalization;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Reports;
using CreditPlatform.Application.Reports.VerifyScoreReport;
using CreditPlatform.Domain.Tenants;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Public;

/// <summary>Where a bank types the code of a score report. The code is posted, not put in the address.</summary>
public sealed class VerifyModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public ScoreReportVerification? Result { get; private set; }

    public bool Unknown { get; private set; }

    /// <summary>The issuing jurisdiction in the page's language (the report keeps its two-language label).</summary>
    public static string AuthorityName(string label)
    {
        var (zh, en) = Tenant.SplitName(label);
        return Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? en : zh;
    }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        try
        {
            Result = await sender.Send(new VerifyScoreReport(Code), ct);
        }
        catch (Exception e) when (e is NotFoundException or RequestValidationException)
        {
            Unknown = true;
        }
    }
}
