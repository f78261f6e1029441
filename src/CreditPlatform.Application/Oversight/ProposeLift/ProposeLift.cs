using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Mediator;

namespace CreditPlatform.Application.Oversight.ProposeLift;

/// <summary>The first pair of eyes on lifting a suspension: it stays in force until another person approves.</summary>
public sealed record ProposeLift(string? Note) : ICommand<SuspensionDto>
{
    [JsonIgnore]
    public SuspensionTarget Target { get; init; }

    [JsonIgnore]
    public string Code { get; init; } = "";
}

public sealed class ProposeLiftHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, IUserDirectory users, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<ProposeLift, SuspensionDto>
{
    public async ValueTask<SuspensionDto> Handle(ProposeLift request, CancellationToken cancellationToken)
    {
        var scope = request.Target == SuspensionTarget.Rule ? Scopes.RulesWrite : Scopes.ListsWrite;
        await OversightAccess.EnsureOverseerAsync(db, tenant, actor, scope, cancellationToken);
        var suspension = await Suspensions.RequireInForceAsync(db, request.Target, Suspensions.Normalise(request.Code), cancellationToken);
        if (suspension.LiftProposedBy is { } proposedBy)
        {
            throw new ConflictException(await persons.IsCurrentPersonAsync(proposedBy, cancellationToken)
                ? "You already proposed lifting this suspension; another person must approve it."
                : "Lifting this suspension was proposed already; approve it instead.", "lift_already_proposed");
        }

        var (name, _, _) = await Suspensions.DescribeActorAsync(db, users, actor, cancellationToken);
        suspension.LiftProposedBy = actor.Label;
        suspension.LiftProposedByName = name;
        suspension.LiftProposedAt = Instants.Stored(clock.GetUtcNow());
        suspension.LiftNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return SuspensionDto.From(suspension);
    }
}
