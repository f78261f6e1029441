using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Ledger.ReverseEntry;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.UndoOwnEntry;

/// <summary>
/// A gatherer takes back an entry they recorded by mistake: the same reversal an official makes
/// (<see cref="ReverseEntry"/>, through <see cref="LedgerCorrections.ReverseAsync"/>), allowed without the ledger
/// scope only to the person who recorded the entry (whichever credential either used) and only on the day it was
/// recorded, in the jurisdiction's zone. After that day, or for anyone else's entry, an official reverses.
/// </summary>
public sealed record UndoOwnEntry(Guid EntryId, string? Reason) : ICommand<ReversalResult>;

public sealed class UndoOwnEntryHandler(
    IAppDbContext db, ILedgerWriter writer, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<UndoOwnEntry, ReversalResult>
{
    public async ValueTask<ReversalResult> Handle(UndoOwnEntry request, CancellationToken cancellationToken)
    {
        var original = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EntryId, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction's ledger has no such entry.");
        if (original.IsReversal || original.EventId is null)
        {
            throw new BusinessRuleException(SchemeErrorCodes.NotReversible, "Only an entry recorded from an event can be undone.");
        }

        if (!await persons.IsCurrentPersonAsync(original.Recorder, cancellationToken))
        {
            throw new BusinessRuleException(GatheringErrorCodes.NotRecorder, "Only the person who recorded this entry may undo it; an official can reverse it.");
        }

        var now = clock.GetUtcNow();
        var day = await GathererDay.OfAsync(db, tenant.TenantId!.Value, now, cancellationToken);
        if (!day.Contains(original.RecordedAt))
        {
            throw new BusinessRuleException(GatheringErrorCodes.DayOver, "An entry can be undone only on the day it was recorded; an official can reverse it.");
        }

        // A correction made on appeal already changed what the entry counts: that is an official's matter now. (A
        // reversed entry is refused by the reversal itself, under the subject's lock.)
        var state = await CorrectionState.LoadAsync(db, original, cancellationToken);
        if (state.Adjustments.Count > 0)
        {
            throw new ConflictException("This entry has been reversed or corrected already.", LedgerCorrections.AlreadyCorrectedCode);
        }

        var (reversal, score) = await LedgerCorrections.ReverseAsync(
            db, writer, original, request.Reason!.Trim(), actor.Label, actor.Department, Instants.Stored(now), cancellationToken);
        return new ReversalResult(reversal.Id, original.Id, reversal.Points, score.Score, score.Band) { SubjectId = original.SubjectId };
    }
}
