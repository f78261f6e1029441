using System.Security.Claims;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Web.Security;

/// <summary>Puts a user's tenant, department, subject and role-derived scopes into the sign-in cookie.</summary>
public sealed class UserClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimNames.DisplayName, user.DisplayName));
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(ClaimNames.TenantId, tenantId.ToString()));
        }

        if (user.Department is { } department)
        {
            identity.AddClaim(new Claim(ClaimNames.Department, department));
        }

        if (user.SubjectId is { } subjectId)
        {
            identity.AddClaim(new Claim(ClaimNames.SubjectId, subjectId.ToString()));
        }

        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            foreach (var scope in Roles.ScopesOf(role))
            {
                identity.AddClaim(new Claim(ClaimNames.Scope, scope));
            }
        }

        return identity;
    }
}
