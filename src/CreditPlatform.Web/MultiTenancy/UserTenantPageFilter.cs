using System.Security.Claims;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CreditPlatform.Web.MultiTenancy;

/// <summary>
/// Pages have no <c>{tenant}</c> in their route: a signed-in official, gatherer or citizen works in the
/// jurisdiction of their account, so the tenant comes from the user's tenant claim. Applied only to the
/// page folders that work inside a jurisdiction; API routes keep resolving the tenant from the route.
/// </summary>
public sealed class UserTenantPageFilter(ITenantContext tenant, TenantDirectory directory) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Guid.TryParse(context.HttpContext.User.FindFirstValue(ClaimNames.TenantId), out var id))
        {
            if (await directory.DescribeAsync(id, context.HttpContext.RequestAborted) is not { } jurisdiction)
            {
                context.Result = new ForbidResult();
                return;
            }

            tenant.Set(jurisdiction.Id, jurisdiction.Slug);
        }

        await next();
    }
}
