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

namespace CreditPlatform.Application.Appeals.DecideAppeal;

/// <summary>An official other than the recorder decides: upheld, partially upheld or rejected, always with reasons.</summary>
public sealed record DecideAppeal(string? Outcome, string? Reasons, int? AdjustedPoints) : ICommand<AppealDto>
{
    [JsonIgnore]
    public Guid AppealId { get; init; }

    /// <summary>Set only when an escalated appeal is decided by the jurisdiction its deadline handed it to.</summary>
    [JsonIgnore]
    public Guid? DecidingJurisdictionId { get; init; }
}

public sealed class DecideAppealHandler(
    IAppDbContext db, ILedgerWriter writer, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, IJurisdictionHop hop, IAppealsElsewhere elsewhere,
    TimeProvider clock)
    : ICommandHandler<DecideAppeal, AppealDto>
{
    public const string EscalatedCode = AppealErrorCodes.Escalated;

    public static AppealStatus? ParseOutcome(string? outcome) => outcome switch
    {
        "upheld" => AppealStatus.Upheld,
        "partiallyUpheld" => AppealStatus.PartiallyUpheld,
        "rejected" => AppealStatus.Rejected,
        _ => null,
    };

    public async ValueTask<AppealDto> Handle(DecideAppeal request, CancellationToken cancellationToken)
    {
        var appeal = await db.Set<Appeal>().FirstOrDefaultAsync(a => a.Id == request.AppealId, cancellationToken);
        if (appeal is null)
        {
            // An appeal a missed deadline handed to this jurisdiction is decided here, in the jurisdiction that keeps it.
            if (request.DecidingJurisdictionId is null && await elsewhere.OwnerOfEscalatedAsync(request.AppealId, cancellationToken) is { } owner)
            {
                return await hop.SendAsync(owner, request with { DecidingJurisdictionId = tenant.TenantId }, cancellationToken);
            }

            throw new NotFoundException("This jurisdiction has no such appeal.");
        }

        if (!appeal.Status.IsOpen())
        {
            throw new ConflictException("This appeal has been decided already.");
        }

        if (appeal is { Status: AppealStatus.Escalated, EscalatedToTenantId: { } handedTo } && request.DecidingJurisdictionId != handedTo)
        {
            throw new ConflictException("This appeal was not decided in time and has passed to the higher authority, whose officials decide it now.", EscalatedCode);
        }

        if (SeparationOfDuties.Check(await persons.PersonOfAsync(appeal.Recorder, cancellationToken), actor.Person) is { } refusal)
        {
            throw new BusinessRuleException(SeparationOfDuties.Code, refusal);
        }

        var outcome = ParseOutcome(request.Outcome)!.Value;
        var reasons = request.Reasons!.Trim();
        var now = clock.GetUtcNow();
        var target = await AppealedEntry.LoadAsync(db, appeal.LedgerEntryId, appeal.ListEntryId, cancellationToken);
        Guid? resulting = null;
        if (target.Ledger is { } entry)
        {
            if (outcome == AppealStatus.PartiallyUpheld && request.AdjustedPoints >= Math.Abs(entry.Points))
            {
                throw RequestValidationException.For("adjustedPoints", AppealErrorCodes.AdjustedPointsAll, "Giving back all the points is upholding the appeal.");
            }

            resulting = outcome switch
            {
                AppealStatus.Upheld => (await LedgerCorrections.ReverseAsync(db, writer, entry, "Appeal upheld: " + reasons,
                    actor.Label, actor.Department, now, cancellationToken)).Reversal.Id,
                AppealStatus.PartiallyUpheld => (await LedgerCorrections.AdjustAsync(db, writer, entry, Math.Sign(-entry.Points) * request.AdjustedPoints!.Value,
                    "Appeal partly upheld: " + reasons, actor.Label, actor.Department, now, cancellationToken)).Id,
                _ => null,
            };
        }
        else if (target is { Listing: { } listing, List: { } list })
        {
            await DecideListingAsync(list, listing, outcome, reasons, now, cancellationToken);
        }

        appeal.Decide(outcome, reasons, request.AdjustedPoints, actor.Label, now, resulting);
        Notices.Queue(db, Notices.ForDecision(appeal, now));
        await db.SaveChangesAsync(cancellationToken);
        return AppealDto.From(appeal);
    }

    private async Task DecideListingAsync(CreditList list, ListEntry listing, AppealStatus outcome, string reasons, DateTimeOffset now, CancellationToken ct)
    {
        if (outcome == AppealStatus.Rejected || listing.Status == EntryStatus.Removed)
        {
            if (listing.Status == EntryStatus.Suspended)
            {
                listing.Reinstate();
                await LinkedEntries.ReinstateWithAsync(db, listing, ct);
            }

            return;
        }

        // A listing is either right or wrong: anything but a rejection takes it off, as the lists' own removal does.
        await LinkedEntries.RemoveWithLinkedAsync(db, list, listing, RemovalReason.AppealUpheld, reasons, now, actor.Label, tenant.Slug!, ct);
    }
}
