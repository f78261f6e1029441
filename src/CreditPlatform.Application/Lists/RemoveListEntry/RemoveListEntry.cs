using System.Text.Json.Serialization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.RemoveListEntry;

/// <summary>Take an entry off its list; a legal representative's entries that follow it go with it.</summary>
public sealed record RemoveListEntry(string? Reason, string? Note) : ICommand<ListEntryDto>
{
    [JsonIgnore]
    public string ListCode { get; init; } = "";

    [JsonIgnore]
    public Guid EntryId { get; init; }
}

public sealed class RemoveListEntryHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RemoveListEntry, ListEntryDto>
{
    public async ValueTask<ListEntryDto> Handle(RemoveListEntry request, CancellationToken cancellationToken)
    {
        var list = await db.RequireListAsync(request.ListCode, cancellationToken);
        var entry = await db.RequireEntryAsync(list, request.EntryId, cancellationToken);
        if (entry.Status == EntryStatus.Removed)
        {
            throw new ConflictException("This entry has been removed already.");
        }

        var reason = ApiNames.Parse<RemovalReason>(request.Reason)!.Value;
        var now = clock.GetUtcNow();
        if (reason == RemovalReason.Repaired && now < list.EarliestRepair(entry.ListedAt))
        {
            throw new BusinessRuleException(ListErrorCodes.RepairTooEarly,
                $"Credit repair on this list may be asked for {list.MinimumDaysBeforeRepair} days after listing at the earliest.",
                new Dictionary<string, object?> { ["earliestRepair"] = list.EarliestRepair(entry.ListedAt) });
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        foreach (var removed in await LinkedEntries.RemoveWithLinkedAsync(db, list, entry, reason, note, now, actor.Label, tenant.Slug!, cancellationToken))
        {
            Notices.Queue(db, Notices.ForRemoval(list, removed, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        var linked = await db.LinkedToAsync([entry.Id], cancellationToken);
        return ListEntryDto.From(entry, list.Code, linked[entry.Id]);
    }
}
