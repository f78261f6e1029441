using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.DecideRepair;

using CreditPlatform.Application.Appeals.FileRepair;

/// <summary>Approval ends the record early: the list entry is removed as repaired, or the points come back.</summary>
public sealed record DecideRepair(bool Approve, string? Reasons) : ICommand<RepairDto>
{
    [JsonIgnore]
    public Guid RepairId { get; init; }
}

public sealed class DecideRepairHandler(IAppDbContext db, ILedgerWriter writer, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<DecideRepair, RepairDto>
{
    public async ValueTask<RepairDto> Handle(DecideRepair request, CancellationToken cancellationToken)
    {
        var repair = await db.Set<RepairRequest>().FirstOrDefaultAsync(r => r.Id == request.RepairId, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such repair request.");
        if (repair.Status != RepairStatus.Pending)
        {
            throw new ConflictException("This repair request has been decided already.");
        }

        var target = await AppealedEntry.LoadAsync(db, repair.LedgerEntryId, repair.ListEntryId, cancellationToken);
        if (SeparationOfDuties.Check(await persons.PersonOfAsync(target.Recorder, cancellationToken), actor.Person) is { } refusal)
        {
            throw new BusinessRuleException(SeparationOfDuties.Code, refusal);
        }

        var now = clock.GetUtcNow();
        var reasons = request.Reasons!.Trim();
        if (request.Approve)
        {
            if (target.Ledger is { } entry)
            {
                var (reversal, _) = await LedgerCorrections.ReverseAsync(db, writer, entry, LedgerCorrections.RepairedPrefix + reasons,
                    actor.Label, actor.Department, now, cancellationToken);
                Notices.Queue(db, Notices.ForRestoredPoints(entry.TenantId, entry.SubjectId, reversal.Id, reversal.Points, automatic: false, now));
            }
            else if (target is { Listing: { } listing, List: { } list } && listing.Status != EntryStatus.Removed)
            {
                await LinkedEntries.RemoveWithLinkedAsync(
                    db, list, listing, RemovalReason.Repaired, reasons, now, actor.Label, tenant.Slug!, cancellationToken);
                Notices.Queue(db, Notices.ForRepairedListing(listing, now));
            }
        }

        repair.Status = request.Approve ? RepairStatus.Approved : RepairStatus.Rejected;
        repair.DecidedAt = now;
        repair.DecidedBy = actor.Label;
        repair.DecisionReasons = reasons;
        await db.SaveChangesAsync(cancellationToken);
        return RepairDto.From(repair);
    }
}
