using CreditPlatform.Application.Scoring.Schemes.SetScheme;
using CreditPlatform.Domain.Scoring;
using FluentValidation;

namespace CreditPlatform.Application.Scoring.Schemes;

/// <summary>What makes a list of bands readable: distinct codes, best first, each lower than the one before, only the last open-ended.</summary>
public static class SchemeBandRules
{
    public const string BandInUseCode = SetSchemeHandler.BandInUseCode;

    public static void Check(IReadOnlyList<BandInput>? bands, Action<string, string, string> fail)
    {
        if (bands is null || bands.Any(b => b is null))
        {
            return;
        }

        if (bands.Count == 0)
        {
            fail("bands", SchemeErrorCodes.BandsEmpty, "A scheme has at least one band.");
        }

        if (bands.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() != bands.Count)
        {
            fail("bands", SchemeErrorCodes.BandCodesNotDistinct, "Each band has its own code.");
        }

        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].MinScore is null && i != bands.Count - 1)
            {
                fail("bands", SchemeErrorCodes.OpenBandNotLast, "Only the last (worst) band may be open-ended, without a minimum score.");
            }

            if (i > 0 && bands[i].MinScore is { } min && bands[i - 1].MinScore is { } above && min >= above)
            {
                fail("bands", SchemeErrorCodes.BandsNotOrdered, "Bands are listed best first, each with a lower minimum score than the one before.");
            }
        }
    }

    /// <summary>The band codes a rule (active or drafted) holds subjects at must stay in the scheme.</summary>
    public static BusinessRuleFailure? Orphan(IEnumerable<(string Code, BandOverride? Override)> rules, IReadOnlySet<string> codes) =>
        rules.Where(r => r.Override is { } o && !codes.Contains(o.Band))
            .Select(r => new BusinessRuleFailure(BandInUseCode,
                $"Rule {r.Code} holds subjects at band {r.Override!.Band}; keep that band or change the rule first."))
            .FirstOrDefault();

    public static SchemeDefinition Definition(
        int version, int baseScore, int? floor, int? ceiling, IReadOnlyList<BandInput> bands, bool displayStars, SchemeDefinition? carried,
        int? appealWindowDays, int? rectificationDays, int? decisionWorkingDays) => new()
    {
        Version = version,
        BaseScore = baseScore,
        Floor = floor,
        Ceiling = ceiling,
        Bands = [.. bands.Select(b => new Band(b.Code!.Trim(), b.MinScore))],
        DisplayStars = displayStars,
        BandMeasures = bands.Where(b => b.Measures is { Count: > 0 })
            .ToDictionary(b => b.Code!.Trim(), b => (IReadOnlyList<string>)[.. b.Measures!], StringComparer.Ordinal),
        AppealWindowDays = appealWindowDays ?? carried?.AppealWindowDays ?? 15,
        RectificationDays = rectificationDays ?? carried?.RectificationDays,
        DecisionWorkingDays = decisionWorkingDays ?? carried?.DecisionWorkingDays ?? 15,
    };
}

public sealed record BusinessRuleFailure(string Code, string Message);
