using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Web.Security;

namespace CreditPlatform.Web.Endpoints;

public static class ChecksEndpoints
{
    /// <summary>Any key with checks:read, platform or jurisdiction; answered from memory.</summary>
    public static RouteGroupBuilder MapChecks(this RouteGroupBuilder api)
    {
        api.MapPost("/checks", async (CheckIdentifiers request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(request, ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("CheckIdentifiers")
            .WithSummary("Check identifiers against the lists")
            .WithDescription("Up to 1,000 identifiers (in the body only), answered in the order asked from national lists and the caller's "
                + "own jurisdiction's local lists. With asOf, answers as the lists stood at that past moment, from every entry's history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

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
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetListChanges")
            .WithSummary("List changes as a feed")
            .WithDescription("Every change of an entry the caller may see (national lists and its own jurisdiction's local lists): "
                + "listed, suspended, reinstated, removed, expired, in cursor order. Each item carries the entry's state after the change, "
                + "so applying one twice changes nothing. Cursors only grow: a change gets its cursor after it has committed, so a "
                + "consumer that asks after the last cursor it saw never misses one. next is the cursor to ask after next time. "
                + "Start from GET /api/v1/lists/snapshot. Changes are kept for good (they are the history asOf checks answer from).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/lists/snapshot", async (IListChangeFeed feed, ICurrentActor actor, CancellationToken ct) =>
            TypedResults.Ok(await feed.SnapshotAsync(actor.TenantId, ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetListSnapshot")
            .WithSummary("The entries in force and the cursor they stand at")
            .WithDescription("Every entry in force the caller may see, read in one database snapshot with the feed's cursor for exactly "
                + "that state: follow GET /api/v1/lists/changes?after={cursor} from there to stay in step.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
