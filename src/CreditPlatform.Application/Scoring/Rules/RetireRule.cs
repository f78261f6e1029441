using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>
/// Ask to withdraw a rule from a moment on (by default: when a second official confirms). The rule keeps scoring
/// until <see cref="ConfirmRuleRetirement"/>; events dated before the end are still scored under it.
/// </summary>
public sealed record RetireRule(DateTimeOffset? EffectiveTo) : ICommand<RuleDto>
{
    [JsonIgnore]
    public string Code { get; init; } = "";
}

/// <summary>A second official confirms the retirement another one asked for (four eyes).</summary>
public sealed record ConfirmRuleRetirement(string Code) : ICommand<RuleDto>;

internal static class ActiveRule
{
    public static async Task<RuleVersion> FindAsync(IAppDbContext db, string code, CancellationToken ct) =>
        await db.Set<RuleVersion>()
            .Where(r => r.Code == code && r.Status == RuleStatus.Active)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException("This jurisdiction has no active rule with this code.");

    public static void EnsureEndsAfterStart(RuleVersion active, DateTimeOffset to)
    {
        if (to <= active.EffectiveFrom)
        {
            throw new BusinessRuleException("effective_to_before_start", string.Create(CultureInfo.InvariantCulture,
                $"Rule {active.Code} version {active.Version} takes effect at {active.EffectiveFrom:O}; it cannot be retired before that."));
        }
    }
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
