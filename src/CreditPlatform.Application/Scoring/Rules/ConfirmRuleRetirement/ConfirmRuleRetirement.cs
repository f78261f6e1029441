using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.ConfirmRuleRetirement;

/// <summary>A second official confirms the retirement another one asked for (four eyes).</summary>
public sealed record ConfirmRuleRetirement(string Code) : ICommand<RuleDto>;

public sealed class ConfirmRuleRetirementHandler(IAppDbContext db, ICurrentActor actor, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<ConfirmRuleRetirement, RuleDto>
{
    public async ValueTask<RuleDto> Handle(ConfirmRuleRetirement request, CancellationToken cancellationToken)
    {
        var now = Instants.Stored(clock.GetUtcNow());
        var active = await ActiveRule.FindAsync(db, request.Code, cancellationToken);
        var requestedBy = active.RetirementRequestedBy
            ?? throw new ConflictException($"Nobody has asked to retire rule {active.Code}; ask first, then another official confirms.");
        await RuleFourEyes.EnsureAsync(persons, requestedBy, "requestedBy",
            "Four-eyes principle: a rule is retired by an official other than the one who asked to retire it.", cancellationToken);

        var to = active.RetirementRequestedTo ?? now;
        ActiveRule.EnsureEndsAfterStart(active, to);
        active.EffectiveTo = active.EffectiveTo is { } end && end < to ? end : to;
        active.Status = RuleStatus.Retired;
        active.RetiredBy = actor.Label;
        active.RetiredAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return RuleDto.From(active);
    }
}
