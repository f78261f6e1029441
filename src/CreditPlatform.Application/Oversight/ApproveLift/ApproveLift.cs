using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Mediator;

namespace CreditPlatform.Application.Oversight.ApproveLift;

/// <summary>
/// The second pair of eyes: a person other than the proposer (compared by person, so the proposer's own API key does
/// not count) lifts the suspension, and the rule scores again, or the list takes entries again, from now.
/// </summary>
public sealed record ApproveLift : ICommand<SuspensionDto>
{
    public SuspensionTarget Target { get; init; }

    public string Code { get; init; } = "";
}

public sealed class ApproveLiftHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, IUserDirectory users, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<ApproveLift, SuspensionDto>
{
    public async ValueTask<SuspensionDto> Handle(ApproveLift request, CancellationToken cancellationToken)
    {
        var scope = request.Target == SuspensionTarget.Rule ? Scopes.RulesWrite : Scopes.ListsWrite;
        await OversightAccess.EnsureOverseerAsync(db, tenant, actor, scope, cancellationToken);
        var suspension = await Suspensions.RequireInForceAsync(db, request.Target, Suspensions.Normalise(request.Code), cancellationToken);
        var proposedBy = suspension.LiftProposedBy
            ?? throw new ConflictException("No one has proposed lifting this suspension yet; propose it first.", OversightErrorCodes.LiftNotProposed);
        await RuleFourEyes.EnsureAsync(persons, proposedBy, "proposedBy",
            "You proposed lifting this suspension; another person must approve it.", cancellationToken);

        var (name, _, _) = await Suspensions.DescribeActorAsync(db, users, actor, cancellationToken);
        suspension.LiftedBy = actor.Label;
        suspension.LiftedByName = name;
        suspension.LiftedAt = Instants.Stored(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return SuspensionDto.From(suspension);
    }
}
