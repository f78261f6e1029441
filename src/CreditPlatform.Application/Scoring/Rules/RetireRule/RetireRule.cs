using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.RetireRule;

/// <summary>
/// Ask to withdraw a rule from a moment on (by default: when a second official confirms). The rule keeps scoring
/// until <see cref="ConfirmRuleRetirement"/>; events dated before the end are still scored under it.
/// </summary>
public sealed record RetireRule(DateTimeOffset? EffectiveTo) : ICommand<RuleDto>
{
    [JsonIgnore]
    public string Code { get; init; } = "";
}

public sealed class RetireRuleHandler(IAppDbContext db, ICurrentActor actor, PersonResolver persons, TimeProvider clock) : ICommandHandler<RetireRule, RuleDto>
{
    public async ValueTask<RuleDto> Handle(RetireRule request, CancellationToken cancellationToken)
    {
        var now = Instants.Stored(clock.GetUtcNow());
        var active = await ActiveRule.FindAsync(db, request.Code, cancellationToken);
        if (active.RetirementRequestedBy is { } requestedBy)
        {
            throw new ConflictException(await persons.IsCurrentPersonAsync(requestedBy, cancellationToken)
                ? $"You already asked to retire rule {active.Code}; another official must confirm it."
                : $"Retiring rule {active.Code} was asked already; confirm it instead.");
        }

        var to = Instants.Stored(request.EffectiveTo);
        ActiveRule.EnsureEndsAfterStart(active, to ?? now);
        active.RetirementRequestedBy = actor.Label;
        active.RetirementRequestedAt = now;
        active.RetirementRequestedTo = to;
        await db.SaveChangesAsync(cancellationToken);
        return RuleDto.From(active);
    }
}
