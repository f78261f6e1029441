using System.Text.Encodings.Web;
using System.Text.Unicode;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.MultiTenancy;
using CreditPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;

namespace CreditPlatform.Web.Hosting;

/// <summary>The Razor Pages UI: areas and who may open them, the jurisdiction of pages, status pages.</summary>
public static class WebPages
{
    /// <summary>Folders whose pages work inside the signed-in user's jurisdiction.</summary>
    private static readonly string[] JurisdictionFolders = ["/Admin", "/Gather", "/Portal"];

    /// <summary>Admin folders that only make sense inside a jurisdiction (platform administrators have none).</summary>
    private static readonly string[] AdminJurisdictionFolders = ["/Admin/Subjects", "/Admin/Rules", "/Admin/Scheme", "/Admin/Lists", "/Admin/Transparency", "/Admin/Audit", "/Admin/ApiKeys"];

    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.AddScoped<UserTenantPageFilter>();

        // Chinese text goes out as UTF-8 rather than numeric entities: half the bytes, and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.Configure<AuthorizationOptions>(o => o.AddPagePolicies());
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin", PagePolicies.Officials);
                foreach (var folder in AdminJurisdictionFolders)
                {
                    o.Conventions.AuthorizeFolder(folder, PagePolicies.InJurisdiction);
                }

                o.Conventions.AuthorizeFolder("/Admin/Platform", PagePolicies.PlatformAdmins);
                o.Conventions.AuthorizeFolder("/Gather", PagePolicies.Gatherers);
                o.Conventions.AuthorizeFolder("/Portal", PagePolicies.Citizens);
                // Explicitly public: the isolation tests treat every endpoint without this mark as protected.
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AllowAnonymousToFolder("/Public");
                foreach (var folder in JurisdictionFolders)
                {
                    o.Conventions.AddFolderApplicationModelConvention(folder, m => m.Filters.Add(new ServiceFilterAttribute(typeof(UserTenantPageFilter))));
                }
            })
            .AddMvcOptions(o => o.Filters.Add<PageExceptionFilter>());
        return services;
    }

    /// <summary>Empty error responses of pages re-run as /error/{code}; the API keeps its problem details.</summary>
    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }
}
