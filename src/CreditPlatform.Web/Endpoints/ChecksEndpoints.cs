using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.CheckIdentifiers;
using CreditPlatform.Application.Checks.CreateWatch;
using CreditPlatform.Application.Checks.GetCheckDecision;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class ChecksEndpoints
{
    /// <summary>Any key with checks:read, platform or jurisdiction; answered from memory.</summary>
    public static RouteGroupBuilder MapChecks(this RouteGroupBuilder api)
    {
        api.MapPost("/checks", async (CheckIdentifiers request, ISender sender, IListIndex index, HttpContext http, CancellationToken ct) =>
            {
                var answer = await sender.Send(request, ct);
                Hosting.CheckIndexHeaders.Add(http.Response, index);
                return TypedResults.Ok(answer);
            })
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("CheckIdentifiers");

        api.MapGet("/checks/{decisionId:guid}", async (Guid decisionId, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetCheckDecision(decisionId), ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetCheckDecision");

        api.MapGet("/lists/changes", async (long? after, int? limit, IListChangeFeed feed, ICurrentActor actor, CancellationToken ct) =>
            {
                var (from, size) = (after ?? 0, limit ?? IListChangeFeed.DefaultLimit);
                if (from < 0)
                {
                    throw RequestValidationException.For("after", "A cursor is 0 or a cursor the feed gave.");
                }

                if (size is < 1 or > IListChangeFeed.MaxLimit)
                {
                    throw RequestValidationException.For("limit", $"limit is between 1 and {IListChangeFeed.MaxLimit}.");
                }

                return TypedResults.Ok(await feed.ChangesAfterAsync(from, size, actor.TenantId, ct));
            })
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetListChanges");

        api.MapGet("/lists/snapshot", async (IListChangeFeed feed, ICurrentActor actor, CancellationToken ct) =>
            TypedResults.Ok(await feed.SnapshotAsync(actor.TenantId, ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetListSnapshot");
        api.MapPost("/watches", async (CreateWatch request, ISender sender, CancellationToken ct) =>
            {
                var watch = await sender.Send(request, ct);
                return TypedResults.Created($"/api/v1/watches/{watch.Id}", watch);
            })
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("CreateWatch");

        api.MapGet("/watches", async (IWatchStore store, ICurrentActor actor, CancellationToken ct) =>
            TypedResults.Ok(await store.ListAsync(actor.Label, ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetWatches");

        api.MapDelete("/watches/{id:guid}", async (Guid id, IWatchStore store, ICurrentActor actor, TimeProvider clock, CancellationToken ct) =>
            await store.DeleteAsync(actor.Label, id, clock.GetUtcNow(), ct)
                ? Results.NoContent()
                : throw new NotFoundException("You have no watch with this id."))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("DeleteWatch");
        return api;
    }
}
