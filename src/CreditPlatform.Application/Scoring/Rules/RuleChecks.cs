using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>What a rule version must satisfy before it is drafted and again before it is approved (limits may have changed in between).</summary>
internal static class RuleChecks
{
    public const string UnknownBandCode = SchemeErrorCodes.UnknownBand;

    public static async Task EnforceAsync(IAppDbContext db, Guid tenantId, RuleVersion rule, DateTimeOffset now, CancellationToken ct)
    {
        if (rule.BandOverride is { } band)
        {
            var scheme = await db.RequireCurrentSchemeAsync(ct);
            if (TierMapper.RankOf(scheme.Definition, band.Band) < 0)
            {
                throw new BusinessRuleException(UnknownBandCode,
                    $"Rule {rule.Code} holds subjects at band {band.Band}, which the scheme does not define.");
            }
        }

        await GuardrailChain.EnforceAsync(db, tenantId, rule.ToDefinition(now), ct);
    }
}
