using System.Globalization;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>How versions of one rule follow each other: a new version closes the one before it, never overlaps it.</summary>
internal static class RuleVersioning
{
    public const string EffectiveFromTooEarlyCode = SchemeErrorCodes.EffectiveFromBeforePrevious;

    /// <summary>A version may not take effect before the approved version it follows did, or the older one's window would end before it began.</summary>
    public static void EnsureStartsAfterPrevious(RuleVersion rule, IEnumerable<RuleVersion> versions, DateTimeOffset? effectiveFrom)
    {
        if (effectiveFrom is not { } from)
        {
            return;
        }

        var latest = versions.Where(v => v.IsApproved && v.Version < rule.Version).MaxBy(v => v.Version);
        if (latest?.EffectiveFrom is { } previousFrom && from <= previousFrom)
        {
            throw new BusinessRuleException(EffectiveFromTooEarlyCode, string.Create(CultureInfo.InvariantCulture,
                $"Version {rule.Version} of rule {rule.Code} must take effect after version {latest.Version}, which took effect at {previousFrom:O}."));
        }
    }

    /// <summary>Ends the older approved versions where <paramref name="successor"/> begins.</summary>
    public static void Supersede(IEnumerable<RuleVersion> versions, RuleVersion successor, DateTimeOffset from)
    {
        foreach (var older in versions.Where(v => v.Status == RuleStatus.Active && v.Version < successor.Version))
        {
            if (older.EffectiveTo is not { } to || to > from)
            {
                older.EffectiveTo = from;
            }

            older.Status = RuleStatus.Superseded;
        }
    }
}
