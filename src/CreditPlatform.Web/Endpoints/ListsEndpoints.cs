using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Lists.AddListEntry;
using CreditPlatform.Application.Lists.ApproveListDraft;
using CreditPlatform.Application.Lists.DraftList;
using CreditPlatform.Application.Lists.ListListDrafts;
using CreditPlatform.Application.Lists.RejectListDraft;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Lists.CreateList;
using CreditPlatform.Application.Lists.GetList;
using CreditPlatform.Application.Lists.GetListEntries;
using CreditPlatform.Application.Lists.GetListEntry;
using CreditPlatform.Application.Lists.GetLists;
using CreditPlatform.Application.Lists.RemoveListEntry;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class ListsEndpoints
{
    public static RouteGroupBuilder MapLists(this RouteGroupBuilder tenant)
    {
        var group = tenant.MapGroup("/lists").WithTags("Lists");

        // A new list and its policy are drafted by one official and approved by another.
        var drafts = tenant.MapGroup("/list-drafts").WithTags("Lists");
        drafts.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListListDrafts(), ct)))
            .RequireScope(Scopes.ListsRead).WithName("ListListDrafts");
        drafts.MapPost("/", async (DraftList command, ISender sender, CancellationToken ct) =>
        {
            var draft = await sender.Send(command, ct);
            return TypedResults.Created($"list-drafts/{draft.Id}", draft);
        }).RequireScope(Scopes.ListsWrite).WithName("DraftList");
        drafts.MapPost("/{id:guid}/approval", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ApproveListDraft(id), ct)))
            .RequireScope(Scopes.ListsWrite).WithName("ApproveListDraft");
        drafts.MapPost("/{id:guid}/rejection", async (Guid id, RejectListDraft command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .RequireScope(Scopes.ListsWrite).WithName("RejectListDraft");

        group.MapGet("/", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetLists(), ct)))
            .RequireScope(Scopes.ListsRead).WithName("GetLists");

        // A list binds people: it is drafted (list-drafts) and approved by another person, through the page and the API
        // alike. This route stays to tell a client so, instead of a bare 405.
        group.MapPost("/", IResult (CreateList command) => throw new ConflictException(
                "A list is not created in one step: draft it (POST .../list-drafts) and have another official approve it.",
                ListErrorCodes.NeedsReview))
            .RequireScope(Scopes.ListsWrite).WithName("CreateList");

        group.MapGet("/{list}", async (string list, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetList(list), ct)))
            .RequireScope(Scopes.ListsRead).WithName("GetList");

        group.MapGet("/{list}/entries", async (string list, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetListEntries(list, status, page, pageSize), ct)))
            .RequireScope(Scopes.ListsRead).WithName("GetListEntries");

        group.MapGet("/{list}/entries/{id:guid}", async (string list, Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetListEntry(list, id), ct)))
            .RequireScope(Scopes.ListsRead).WithName("GetListEntry");

        group.MapPost("/{list}/entries", async (string list, AddListEntry command, ISender sender, CancellationToken ct) =>
        {
            var created = await sender.Send(command with { ListCode = list }, ct);
            return TypedResults.Created($"entries/{created.Id}", created);
        }).RequireScope(Scopes.ListsWrite).WithName("AddListEntry");

        group.MapPost("/{list}/entries/{id:guid}/removal", async (string list, Guid id, RemoveListEntry command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { ListCode = list, EntryId = id }, ct)))
            .RequireScope(Scopes.ListsWrite).WithName("RemoveListEntry");

        return group;
    }
}
