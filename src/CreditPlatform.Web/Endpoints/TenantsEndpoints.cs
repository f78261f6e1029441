using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Tenants.CloseTenant;
using CreditPlatform.Application.Tenants.CreateTenant;
using CreditPlatform.Application.Tenants.GetTenant;
using CreditPlatform.Application.Tenants.GetTenants;
using CreditPlatform.Application.Tenants.MoveTenant;
using CreditPlatform.Application.Tenants.RenameTenant;
using CreditPlatform.Web.MultiTenancy;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>The jurisdictions and their hierarchy (platform administration).</summary>
public static class TenantsEndpoints
{
    public static RouteGroupBuilder MapTenants(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tenants").WithTags("Jurisdictions");

        group.MapPost("/", async (CreateTenant command, ISender sender, TenantDirectory directory, CancellationToken ct) =>
        {
            var created = await sender.Send(command, ct);
            directory.Forget(created.Slug);
            return TypedResults.Created($"tenants/{created.Slug}", created);
        }).RequireScope(Scopes.TenantsWrite).WithName("CreateTenant");

        group.MapGet("/", async (string? search, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetTenants(search), ct)))
            .RequireScope(Scopes.TenantsWrite).WithName("GetTenants");

        group.MapGet("/{tenant}", async (string tenant, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetTenant(tenant), ct)))
            .RequireScope(Scopes.TenantsWrite).WithName("GetTenant");

        group.MapPut("/{tenant}/names", async (string tenant, RenameTenant command, ISender sender, TenantDirectory directory, CancellationToken ct) =>
        {
            var renamed = await sender.Send(command with { Slug = tenant }, ct);
            directory.Forget(tenant);
            return TypedResults.Ok(renamed);
        }).RequireScope(Scopes.TenantsWrite).WithName("RenameTenant");

        group.MapPut("/{tenant}/parent", async (string tenant, MoveTenant command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Slug = tenant }, ct)))
            .RequireScope(Scopes.TenantsWrite).WithName("MoveTenant");

        group.MapPost("/{tenant}/closure", async (string tenant, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new CloseTenant { Slug = tenant }, ct)))
            .RequireScope(Scopes.TenantsWrite).WithName("CloseTenant");

        return group;
    }
}
