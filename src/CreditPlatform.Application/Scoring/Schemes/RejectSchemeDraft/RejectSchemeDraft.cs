using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.RejectSchemeDraft;

/// <summary>A reviewer refuses a drafted scheme change, saying why; the scheme in force stays.</summary>
public sealed record RejectSchemeDraft(string? Reason) : ICommand<SchemeDraftDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RejectSchemeDraftHandler(IAppDbContext db, ICurrentActor actor, PersonResolver persons, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<RejectSchemeDraft, SchemeDraftDto>
{
    public async ValueTask<SchemeDraftDto> Handle(RejectSchemeDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.Set<SchemeDraft>().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such scheme draft.");
        if (draft.Status != SchemeDraftStatus.Draft)
        {
            throw new ConflictException("Only a scheme draft still waiting for a decision can be rejected.");
        }

        draft.Status = SchemeDraftStatus.Rejected;
        draft.DecidedBy = actor.Label;
        draft.DecidedAt = Instants.Stored(clock.GetUtcNow());
        draft.RejectionReason = request.Reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return SchemeDraftDto.From(draft, await SchemeDraftDto.NamesAsync([draft], persons, users, cancellationToken));
    }
}
