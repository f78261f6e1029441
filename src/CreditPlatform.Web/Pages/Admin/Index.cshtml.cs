using System.Globalization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.GetOfficeNotices;
using CreditPlatform.Application.Dashboard.GetDashboard;
using CreditPlatform.Web.Charts;
using CreditPlatform.Web.Localization;
using CreditPlatform.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin;

/// <summary>The officials' dashboard: their jurisdiction's figures as charts and their office's unread notices (platform administrators have neither).</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public DashboardDto? Figures { get; private set; }

    /// <summary>The latest unread notices to this jurisdiction's offices (an appeal handed on or received at its deadline).</summary>
    public IReadOnlyList<OfficeNoticeDto> OfficeNotices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.HasClaim(c => c.Type == ClaimNames.TenantId))
        {
            Figures = await sender.Send(new GetDashboard(), ct);
            OfficeNotices = await sender.Send(new GetOfficeNotices(), ct);
        }
    }

    /// <summary>One column per week, empty weeks too: a gap in the axis would read as a quiet week that never was.</summary>
    public static IReadOnlyList<ChartStack> Weekly(IReadOnlyList<DateOnly> weeks, IReadOnlyList<WeekCountDto> rows) =>
        [.. weeks.Select(week => new ChartStack(
            week.ToString("MM-dd", CultureInfo.InvariantCulture),
            rows.Where(r => r.Week == week)
                .GroupBy(r => r.Key.Length == 0 ? UiText.AdminDashboard.NotStated.ToString() : r.Key)
                .ToDictionary(k => k.Key, k => k.Sum(r => r.Count), StringComparer.Ordinal)))];
}
