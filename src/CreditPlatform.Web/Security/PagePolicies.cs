using CreditPlatform.Application.Common.Abstractions;
using Microsoft.AspNetCore.Authorization;

namespace CreditPlatform.Web.Security;

/// <summary>Who may open each area of pages (bound to folders in WebPages).</summary>
public static class PagePolicies
{
    /// <summary>Pages/Admin: officials and platform administrators.</summary>
    public const string Officials = "pages:officials";

    /// <summary>Pages/Admin/Platform: platform administrators only.</summary>
    public const string PlatformAdmins = "pages:platform";

    /// <summary>Pages that work inside one jurisdiction: the user must belong to one.</summary>
    public const string InJurisdiction = "pages:jurisdiction";

    /// <summary>Pages/Gather: information gatherers (officials may record too).</summary>
    public const string Gatherers = "pages:gatherers";

    /// <summary>Pages/Portal: citizens, who are a subject of their jurisdiction.</summary>
    public const string Citizens = "pages:citizens";

    public static void AddPagePolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Officials, p => p.RequireAuthenticatedUser().RequireRole(Roles.Official, Roles.PlatformAdmin));
        options.AddPolicy(PlatformAdmins, p => p.RequireAuthenticatedUser().RequireRole(Roles.PlatformAdmin));
        options.AddPolicy(InJurisdiction, p => p.RequireAuthenticatedUser().RequireClaim(ClaimNames.TenantId));
        options.AddPolicy(Gatherers, p => p.RequireAuthenticatedUser().RequireRole(Roles.Gatherer, Roles.Official).RequireClaim(ClaimNames.TenantId));
        options.AddPolicy(Citizens, p => p.RequireAuthenticatedUser().RequireRole(Roles.Citizen).RequireClaim(ClaimNames.TenantId).RequireClaim(ClaimNames.SubjectId));
    }
}
