using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.CheckIdentifiers;
using CreditPlatform.Application.Checks.CreateWatch;
using CreditPlatform.Application.Checks.DeleteScreening;
using CreditPlatform.Application.Checks.GetCheckDecision;
using CreditPlatform.Application.Checks.GetScreening;
using CreditPlatform.Application.Checks.GetScreenings;
using CreditPlatform.Application.Checks.StartScreening;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Web.Hardening;
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
                    throw RequestValidationException.For("after", CheckErrorCodes.CursorInvalid, "A cursor is 0 or a cursor the feed gave.");
                }

                if (size is < 1 or > IListChangeFeed.MaxLimit)
                {
                    throw RequestValidationException.For("limit", CheckErrorCodes.LimitOutOfRange, $"limit is between 1 and {IListChangeFeed.MaxLimit}.");
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

        api.MapScreenings();
        return api;
    }

    /// <summary>Bulk screening: a file of identifiers in, screened in the background, the answers out as a file.</summary>
    private static void MapScreenings(this RouteGroupBuilder api)
    {
        api.MapPost("/screenings", async (HttpRequest request, string? measure, string? tenant, ISender sender, CancellationToken ct) =>
            {
                var csv = await ScreeningUpload.OpenAsync(request, ct);
                var screening = await sender.Send(new StartScreening(csv, measure, tenant), ct);
                return TypedResults.Accepted($"/api/v1/screenings/{screening.Id}", screening);
            })
            .AllowBodyUpTo(ScreeningCsv.MaxBytes)
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("StartScreening");

        api.MapGet("/screenings", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetScreenings(), ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetScreenings");

        api.MapGet("/screenings/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetScreening(id), ct)))
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetScreening");

        api.MapGet("/screenings/{id:guid}/results", async (Guid id, ISender sender, IScreeningStore store, HttpContext http, CancellationToken ct) =>
            {
                var screening = await sender.Send(new GetScreening(id), ct);
                if (screening.Status != ScreeningDto.Completed)
                {
                    throw new ConflictException(
                        $"The screening is still running ({screening.PercentDone}% done); its results can be downloaded when it has completed.",
                        "screening_in_progress");
                }

                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"screening-{id}.csv\"";
                await ScreeningCsv.WriteAsync(store.ResultsAsync(id, ct), http.Response.Body, ct);
            })
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("GetScreeningResults");

        api.MapDelete("/screenings/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteScreening(id), ct);
                return TypedResults.NoContent();
            })
            .RequireScope(Scopes.ChecksRead).WithTags("Checks").WithName("DeleteScreening");
    }
}

/// <summary>The uploaded file of a screening: a text/csv body, or the part named "file" of a multipart form.</summary>
internal static class ScreeningUpload
{
    public static async Task<Stream> OpenAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var file = (await request.ReadFormAsync(ct)).Files.GetFile("file")
                ?? throw RequestValidationException.For("file", CheckErrorCodes.FilePartMissing, "Send the identifiers in a part named \"file\".");
            return file.OpenReadStream();
        }

        var type = request.ContentType ?? "";
        if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return request.Body;
        }

        throw new BadHttpRequestException(
            "Send the identifiers as text/csv (one per line, in the first column) or as multipart/form-data in a part named \"file\".",
            StatusCodes.Status415UnsupportedMediaType);
    }
}
