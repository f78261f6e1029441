using CreditPlatform.Application.Common.Abstractions;
using Microsoft.AspNetCore.Authorization;

namespace CreditPlatform.Web.Security;

/// <summary>The caller holds the scope (API keys: granted; users: derived from their role).</summary>
public sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;

/// <summary>The caller belongs to the tenant of the route, or to the platform.</summary>
public sealed class TenantMemberRequirement : IAuthorizationRequirement
{
    public static readonly TenantMemberRequirement Instance = new();
}

public sealed class ScopeHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.User.HasClaim(ClaimNames.Scope, requirement.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public sealed class TenantMemberHandler(ITenantContext tenant) : AuthorizationHandler<TenantMemberRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantMemberRequirement requirement)
    {
        var claim = context.User.FindFirst(ClaimNames.TenantId)?.Value;
        if (tenant.TenantId is null || claim is null || claim == tenant.TenantId.ToString())
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class AccessPolicies
{
    public static string ForScope(string scope) => "scope:" + scope;

    public static void AddScopePolicies(this AuthorizationOptions options)
    {
        foreach (var scope in Scopes.All)
        {
            options.AddPolicy(ForScope(scope), p => p
                .AddAuthenticationSchemes(AuthSchemes.Auto)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(scope), TenantMemberRequirement.Instance));
            options.AddPolicy(ForOversight(scope), p => p
                .AddAuthenticationSchemes(AuthSchemes.Auto)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(scope)));
        }
    }

    public static string ForOversight(string scope) => "oversight:" + scope;

    /// <summary>
    /// Requires the scope but not membership of the route's tenant: for oversight from above, where the handler itself
    /// admits only the jurisdiction's ancestors and the platform (and, for reads, the jurisdiction's own members).
    /// </summary>
    public static TBuilder RequireOversightScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(ForOversight(scope));

    /// <summary>Requires the scope and, on tenant routes, membership of that tenant.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(ForScope(scope));
}
