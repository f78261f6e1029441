using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Users;
using CreditPlatform.Application.Users.ChangeUserRole;
using CreditPlatform.Application.Users.DisableUser;
using CreditPlatform.Application.Users.GetUsers;
using CreditPlatform.Application.Users.InviteUser;
using CreditPlatform.Application.Users.SendPasswordLink;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class UsersEndpoints
{
    public static void MapUsers(this RouteGroupBuilder tenant)
    {
        var group = tenant.MapGroup("/users").WithTags("Users");

        group.MapPost("/", async (InviteUser command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var invited = await sender.Send(command with { LinkBase = AccountLinks.Base(http) }, ct);
            return TypedResults.Created($"users/{invited.Id}", invited);
        }).RequireScope(Scopes.UsersWrite).WithName("InviteUser");

        group.MapGet("/", async (string? search, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetUsers(search, page ?? 1, pageSize ?? 20), ct)))
            .RequireScope(Scopes.UsersWrite).WithName("GetUsers");

        group.MapPost("/{id:guid}/password-reset", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SendPasswordLink { UserId = id, LinkBase = AccountLinks.Base(http) }, ct)))
            .RequireScope(Scopes.UsersWrite).WithName("SendPasswordLink");

        group.MapPut("/{id:guid}/role", async (Guid id, ChangeUserRole command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { UserId = id }, ct)))
            .RequireScope(Scopes.UsersWrite).WithName("ChangeUserRole");

        group.MapPost("/{id:guid}/disablement", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new DisableUser { UserId = id }, ct)))
            .RequireScope(Scopes.UsersWrite).WithName("DisableUser");
    }
}

/// <summary>Where links in e-mails point: <c>Accounts:PublicBaseUrl</c> when set (behind a proxy), else the address the request came to.</summary>
public static class AccountLinks
{
    public static string Base(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()["Accounts:PublicBaseUrl"];
        return string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host.Value}{http.Request.PathBase}"
            : configured.TrimEnd('/');
    }
}
