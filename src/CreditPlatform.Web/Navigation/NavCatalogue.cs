using System.Security.Claims;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Portal.GetMyData;
using CreditPlatform.Web.Localization;

namespace CreditPlatform.Web.Navigation;

/// <summary>
/// The main navigation of every role, in one place. Add an entry when its page lands (never before:
/// no link to a page that does not exist). Order sets the place in the bar; officials' entries follow
/// Dashboard 10, Rules 20, Subjects 30, Lists 40, Appeals 50, Transparency 60, Audit 70, API keys 80;
/// gatherers' Home 10, Record event 20, Today's entries 25, Tally upload 30, Board 40; citizens' Home 10, My score 20,
/// My notifications 30, My appeals 40; the public's Home 10, Public lists 20, Verify report 30.
/// The first entry of a role is where that role lands after signing in.
/// </summary>
public static class NavCatalogue
{
    /// <summary>The key of the entries shown to visitors who have not signed in.</summary>
    public const string Anonymous = "anonymous";

    private static readonly Dictionary<string, NavItem[]> ByRole = new(StringComparer.Ordinal)
    {
        [Roles.Official] =
        [
            new(10, "/Admin/Index", UiText.Nav.Dashboard),
            new(20, "/Admin/Rules/Index", UiText.AdminNav.Rules),
            new(30, "/Admin/Subjects/Index", UiText.Nav.Subjects),
            new(40, "/Admin/Lists/Index", UiText.AdminNav.Lists),
            new(50, "/Admin/Appeals/Index", UiText.AdminAppeals.Nav),
            new(60, "/Admin/Transparency/Index", UiText.AdminNav.Transparency),
            new(62, "/Admin/Oversight/Index", UiText.Oversight.Nav),
            new(72, "/Admin/Audit/Index", UiText.AdminNav.Audit),
            new(80, "/Admin/ApiKeys/Index", UiText.AdminNav.ApiKeys),
            new(85, "/Admin/Screenings/Index", UiText.AdminScreenings.Nav),
            new(90, "/Admin/Users/Index", UiText.PlatformAdmin.UsersNav),
            new(65, "/Admin/Simulation", UiText.Explanations.SimulationTitle),
        ],
        [Roles.PlatformAdmin] =
        [
            new(10, "/Admin/Index", UiText.Nav.Dashboard),
            new(20, "/Admin/Platform/Guardrails", UiText.PlatformGuardrails.Nav),
            new(25, "/Admin/Oversight/Index", UiText.Oversight.Nav),
            new(30, "/Admin/Screenings/Index", UiText.AdminScreenings.Nav),
            new(40, "/Admin/Platform/Jurisdictions", UiText.PlatformAdmin.JurisdictionsNav),
            new(50, "/Admin/Users/Index", UiText.PlatformAdmin.UsersNav),
        ],
        [Roles.Gatherer] =
        [
            new(10, "/Gather/Index", UiText.Nav.Gathering),
            new(20, "/Gather/Record", UiText.Record.Nav),
            new(30, "/Gather/Tally", UiText.Tally.Nav),
            new(40, "/Gather/Board", UiText.Board.Nav),
            new(25, "/Gather/Today", UiText.GatherToday.Nav),
        ],
        [Roles.Citizen] =
        [
            new(10, "/Portal/Index", UiText.Nav.PortalHome),
            new(20, "/Portal/Score", UiText.MyScore.Title),
            new(25, "/Portal/Report", UiText.Report.Nav),
            new(30, "/Portal/Notifications", UiText.Inbox.Title),
            new(40, "/Portal/Appeals/Index", UiText.MyAppeals.Title),
            new(45, "/Portal/Repair", UiText.MyRepair.Title),
            new(50, "/Portal/Checks", UiText.MyChecks.Title),
            new(55, "/Portal/Data", UiText.MyData.Title),
        ],
        [Anonymous] =
        [
            new(10, "/Public/Index", UiText.Nav.PublicHome),
            new(30, "/Public/Verify", UiText.Verify.Nav),
        ],
    };

    /// <summary>The entries of every role the user holds (visitors: the public's), in bar order, each page once.</summary>
    public static IReadOnlyList<NavItem> For(ClaimsPrincipal user)
    {
        IEnumerable<string> keys = user.Identity?.IsAuthenticated == true
            ? ByRole.Keys.Where(k => k != Anonymous && user.IsInRole(k))
            : [Anonymous];
        return keys.SelectMany(k => ByRole[k])
            .DistinctBy(i => i.Page)
            .OrderBy(i => i.Order)
            .ToList();
    }

    /// <summary>The entries of one role (or <see cref="Anonymous"/>), in bar order.</summary>
    public static IReadOnlyList<NavItem> Of(string role) =>
        ByRole.TryGetValue(role, out var items) ? items.OrderBy(i => i.Order).ToList() : [];

    /// <summary>Where a user lands after signing in: the first entry of their navigation, or the home page.</summary>
    public static string HomeOf(ClaimsPrincipal user) => For(user) is [var first, ..] ? first.Page : "/Index";

    /// <summary>The entry that stands for the page being shown: the most specific one covering it.</summary>
    public static NavItem? Current(IReadOnlyList<NavItem> items, string? currentPage) =>
        items.Where(i => i.Covers(currentPage)).MaxBy(i => i.Folder.Length);
}
