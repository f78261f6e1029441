using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CreditPlatform.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>
    /// Pages speak the language the user chose (the standard culture cookie), Chinese until they choose.
    /// The browser's Accept-Language is deliberately ignored: the default is zh-CN for everyone.
    /// The API is left out, so its messages do not change with a visitor's cookie.
    /// </summary>
    public static IApplicationBuilder UseUiLocalization(this IApplicationBuilder app)
    {
        // FluentValidation's built-in messages follow the page's language; their field names must too.
        FluentValidation.ValidatorOptions.Global.DisplayNameResolver = UiText.FieldNames.Resolve;
        var cultures = Cultures.Supported.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures.Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        };
        return app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), branch => branch.UseRequestLocalization(options));
    }

    /// <summary>The cookie that remembers the user's choice for a year.</summary>
    public static void RememberCulture(this HttpResponse response, string culture, DateTimeOffset now, bool secure) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Path = "/",
                Expires = now.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                Secure = secure,
                SameSite = SameSiteMode.Lax,
            });
}
