using CreditPlatform.Application.ApiKeys.CreateApiKey;
using CreditPlatform.Application.ApiKeys.ListApiKeys;
using CreditPlatform.Application.ApiKeys.RevokeApiKey;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class ApiKeysEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys");

        group.MapPost("/", async (CreateApiKey command, ISender sender, CancellationToken ct) =>
        {
            var key = await sender.Send(command, ct);
            return TypedResults.Created($"api-keys/{key.Id}", key);
        }).RequireScope(Scopes.KeysWrite).WithName("CreateApiKey");

        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListApiKeys(), ct)))
            .RequireScope(Scopes.KeysWrite).WithName("ListApiKeys");

        group.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RevokeApiKey(id), ct);
            return TypedResults.NoContent();
        }).RequireScope(Scopes.KeysWrite).WithName("RevokeApiKey");

        return group;
    }
}
