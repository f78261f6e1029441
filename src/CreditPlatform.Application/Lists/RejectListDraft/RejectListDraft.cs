using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.RejectListDraft;

/// <summary>A reviewer refuses a drafted list, saying why; nothing is published.</summary>
public sealed record RejectListDraft(string? Reason) : ICommand<ListDraftDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RejectListDraftHandler(IAppDbContext db, ICurrentActor actor, PersonResolver persons, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<RejectListDraft, ListDraftDto>
{
    public async ValueTask<ListDraftDto> Handle(RejectListDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.Set<ListDraft>().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such list draft.");
        if (draft.Status != ListDraftStatus.Draft)
        {
            throw new ConflictException("Only a list draft still waiting for a decision can be rejected.");
        }

        draft.Status = ListDraftStatus.Rejected;
        draft.DecidedBy = actor.Label;
        draft.DecidedAt = Domain.Scoring.Instants.Stored(clock.GetUtcNow());
        draft.RejectionReason = request.Reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return ListDraftDto.From(draft, await ListDraftDto.NamesAsync([draft], persons, users, cancellationToken));
    }
}
