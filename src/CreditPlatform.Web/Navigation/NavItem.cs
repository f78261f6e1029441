using CreditPlatform.Web.Localization;

namespace CreditPlatform.Web.Navigation;

/// <summary>A link in the main navigation: the Razor page it opens, its label, and its place in the bar.</summary>
public sealed record NavItem(int Order, string Page, Text Label)
{
    /// <summary>The folder this entry stands for: "/Admin/Subjects/Index" covers every page under /Admin/Subjects.</summary>
    public string Folder => Page.EndsWith("/Index", StringComparison.Ordinal) ? Page[..^"Index".Length] : Page;

    public bool Covers(string? currentPage) =>
        currentPage is not null && (currentPage == Page || currentPage.StartsWith(Folder, StringComparison.Ordinal));
}
