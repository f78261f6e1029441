using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists.CreateList;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.ApproveListDraft;

/// <summary>
/// An official other than the drafter (compared by person, whatever credential either used) approves a drafted list:
/// it is published with the policy as drafted, exactly as a created list.
/// </summary>
public sealed record ApproveListDraft(Guid Id) : ICommand<ListDraftDto>;

public sealed class ApproveListDraftHandler(
    IAppDbContext db, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, IUserDirectory users,
    IListCatalogue catalogue, IAdvisoryLocks locks, TimeProvider clock)
    : ICommandHandler<ApproveListDraft, ListDraftDto>
{
    public async ValueTask<ListDraftDto> Handle(ApproveListDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.Set<ListDraft>().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such list draft.");
        if (draft.Status != ListDraftStatus.Draft)
        {
            throw new ConflictException($"This list draft was {(draft.Status == ListDraftStatus.Rejected ? "rejected" : "approved")} already.");
        }

        await RuleFourEyes.EnsureAsync(persons, draft.DraftedBy, "draftedBy",
            "Four-eyes principle: a list is approved by an official other than the one who drafted it.", cancellationToken);

        // The same step as creating a list directly, in this command's transaction.
        var list = await new CreateListHandler(db, tenant, catalogue, locks, clock).Handle(ListDraftDto.Proposal(draft), cancellationToken);
        draft.Status = ListDraftStatus.Approved;
        draft.DecidedBy = actor.Label;
        draft.DecidedAt = Domain.Scoring.Instants.Stored(clock.GetUtcNow());
        draft.ListId = list.Id;
        await db.SaveChangesAsync(cancellationToken);
        return ListDraftDto.From(draft, await ListDraftDto.NamesAsync([draft], persons, users, cancellationToken));
    }
}
