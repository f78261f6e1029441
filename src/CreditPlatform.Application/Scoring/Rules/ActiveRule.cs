using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

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
            throw new BusinessRuleException(SchemeErrorCodes.EffectiveToBeforeStart, string.Create(CultureInfo.InvariantCulture,
                $"Rule {active.Code} version {active.Version} takes effect at {active.EffectiveFrom:O}; it cannot be retired before that."));
        }
    }
}
