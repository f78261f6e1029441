using CreditPlatform.Application.Lists.GetListCatalogue;
using CreditPlatform.Application.Lists.SearchPublishedEntries;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>What the public may see without signing in: the lists in force and their published entries.</summary>
public static class PublicationEndpoints
{
    public static RouteGroupBuilder MapPublication(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Publication").AllowAnonymous();

        group.MapGet("/list-entries", async (string? name, string? list, int? page, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SearchPublishedEntries(name, list, page), ct)))
            .WithName("SearchPublishedListEntries");

        group.MapGet("/lists", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetListCatalogue(), ct)))
            .WithName("GetListCatalogue");

        return group;
    }
}
