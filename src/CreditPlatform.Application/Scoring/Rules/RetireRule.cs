using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>Withdraw a rule from a moment on (now by default). Events dated before it are still scored under it.</summary>
public sealed record RetireRule(DateTimeOffset? EffectiveTo) : ICommand<RuleDto>
{
    [JsonIgnore]
    public string Code { get; init; } = "";
}

public sealed class RetireRuleHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<RetireRule, RuleDto>
{
    public async Task<RuleDto> Handle(RetireRule request, CancellationToken cancellationToken)
    {
        var now = Instants.Stored(clock.GetUtcNow());
        var active = await db.Set<RuleVersion>()
            .Where(r => r.Code == request.Code && r.Status == RuleStatus.Active)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no active rule with this code.");

        var to = Instants.Stored(request.EffectiveTo) ?? now;
        if (to <= active.EffectiveFrom)
        {
            throw new BusinessRuleException("effective_to_before_start", string.Create(CultureInfo.InvariantCulture,
                $"Rule {active.Code} version {active.Version} takes effect at {active.EffectiveFrom:O}; it cannot be retired before that."));
        }

        active.EffectiveTo = active.EffectiveTo is { } end && end < to ? end : to;
        active.Status = RuleStatus.Retired;
        active.RetiredBy = actor.Label;
        active.RetiredAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return RuleDto.From(active);
    }
}
