using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Users;
using CreditPlatform.Application.Users.DisableUser;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class UsersEndpoints
{
    public static void MapUsers(this RouteGroupBuilder tenant)
    {
        var group = tenant.MapGroup("/users").WithTags("Users");

        group.MapPost("/{id:guid}/disablement", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new DisableUser { UserId = id }, ct)))
            .RequireScope(Scopes.UsersWrite).WithName("DisableUser");
    }
}
