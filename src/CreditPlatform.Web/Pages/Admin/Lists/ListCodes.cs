namespace CreditPlatform.Web.Pages.Admin.Lists;

/// <summary>
/// List codes are capitals (FOOD_SAFETY) but the site writes lower-case addresses, so a code read from the
/// route is put back in capitals before it reaches a query.
/// </summary>
public static class ListCodes
{
    public static string FromRoute(string? code) => (code ?? "").ToUpperInvariant();
}
