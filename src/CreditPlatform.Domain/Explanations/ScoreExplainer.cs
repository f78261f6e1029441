using System.Globalization;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Explanations;

/// <summary>
/// Turns a ledger into sentences a citizen can check with pen and paper: the start, one line per entry that counts,
/// and the floor or ceiling when one held the score. Uses <see cref="ScoreCalculator"/> for the result, so the
/// explanation cannot drift from the score it explains.
/// </summary>
public static class ScoreExplainer
{
    public static ScoreExplanation Explain(SchemeDefinition scheme, IReadOnlyList<ExplainedEntry> entries, DateTimeOffset asOf)
    {
        var result = ScoreCalculator.Compute(scheme, entries.Select(e => e.ToLine()), asOf);
        var sentences = new List<ExplanationSentence>
        {
            new("base", scheme.BaseScore, $"{scheme.BaseScore}：所有人的起始分", $"{scheme.BaseScore}: the score everyone starts with"),
        };

        long total = scheme.BaseScore;
        foreach (var entry in entries.Where(e => Counts(e, asOf)).OrderBy(e => e.OccurredAt).ThenBy(e => e.EntryId))
        {
            total += entry.Points;
            sentences.Add(new ExplanationSentence("entry", entry.Points, EntryZh(entry), EntryEn(entry), entry.EntryId, entry));
        }

        var adjustment = (int)(result.Score - total);
        if (adjustment != 0)
        {
            var kind = adjustment > 0 ? "floor" : "ceiling";
            sentences.Add(adjustment > 0
                ? new ExplanationSentence(kind, adjustment, $"{Signed(adjustment)}：分数不低于下限 {result.Score}", $"{Signed(adjustment)}: the score cannot go below the floor of {result.Score}")
                : new ExplanationSentence(kind, adjustment, $"{Signed(adjustment)}：分数不高于上限 {result.Score}", $"{Signed(adjustment)}: the score cannot go above the ceiling of {result.Score}"));
        }

        var (bandFrom, nextBand, nextFrom) = Thresholds(scheme, result.Score);
        var notes = new List<ExplanationSentence>();
        if (TierMapper.Map(scheme, result.Score) is { } mapped)
        {
            notes.Add(new ExplanationSentence("band", 0, BandZh(result.Score, mapped, bandFrom, nextBand, nextFrom), BandEn(result.Score, mapped, bandFrom, nextBand, nextFrom)));
        }

        if (result.ActiveOverride is { } held)
        {
            notes.Add(new ExplanationSentence("override", 0,
                $"等级被限定为不高于 {held.Band}，至 {Day(held.Until)}",
                $"The band is held at {held.Band} or below until {Day(held.Until)}"));
        }

        return new ScoreExplanation(scheme.BaseScore, result.Score, result.Band, bandFrom, nextBand, nextFrom, asOf, sentences, notes);
    }

    /// <summary>The bottom of the subject's band, and the next band up with where it starts.</summary>
    public static (int? BandFrom, string? NextBand, int? NextBandFrom) Thresholds(SchemeDefinition scheme, int score)
    {
        var bands = scheme.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].MinScore is not { } min || min <= score)
            {
                return i == 0 ? (bands[i].MinScore, null, null) : (bands[i].MinScore, bands[i - 1].Code, bands[i - 1].MinScore);
            }
        }

        return (null, null, null);
    }

    private static bool Counts(ExplainedEntry e, DateTimeOffset asOf) =>
        e.OccurredAt <= asOf && (e.ExpiresAt is not { } expires || expires > asOf);

    private static string EntryEn(ExplainedEntry e)
    {
        var text = $"{Signed(e.Points)}: {Title(e.Rule.TitleEn, e.Rule.Code)} on {Day(e.OccurredAt)}";
        if (e.Quantity is { } q && e.Rule.Delta.Kind == DeltaKind.PerUnit)
        {
            text += $", {Number(q)} {e.Rule.Delta.QuantityUnit}".TrimEnd();
        }

        if (!string.IsNullOrWhiteSpace(e.Rule.LegalBasis))
        {
            text += $" ({e.Rule.LegalBasis})";
        }

        if (e.Points != e.RawPoints)
        {
            text += $"; {Signed(e.RawPoints)} before the cap";
        }

        foreach (var cap in e.Rule.Caps)
        {
            text += $"; cap: {CapEn(cap, Math.Sign(e.RawPoints))}";
        }

        if (e.ExpiresAt is { } expires)
        {
            text += $"; stops counting on {Day(expires)}";
        }

        return text;
    }

    private static string EntryZh(ExplainedEntry e)
    {
        var text = $"{Signed(e.Points)}：{Day(e.OccurredAt)} {Title(e.Rule.TitleZh, e.Rule.Code)}";
        if (e.Quantity is { } q && e.Rule.Delta.Kind == DeltaKind.PerUnit)
        {
            text += $"，{Number(q)} {e.Rule.Delta.QuantityUnit}".TrimEnd();
        }

        if (!string.IsNullOrWhiteSpace(e.Rule.LegalBasis))
        {
            text += $"（依据：{e.Rule.LegalBasis}）";
        }

        if (e.Points != e.RawPoints)
        {
            text += $"；封顶前为 {Signed(e.RawPoints)}";
        }

        foreach (var cap in e.Rule.Caps)
        {
            text += $"；上限：{CapZh(cap, Math.Sign(e.RawPoints))}";
        }

        if (e.ExpiresAt is { } expires)
        {
            text += $"；{Day(expires)} 起不再计分";
        }

        return text;
    }

    private static string CapEn(Cap cap, int sign)
    {
        var parts = new List<string>();
        if (cap.MaxPoints is { } points)
        {
            parts.Add($"{Signed(sign < 0 ? -points : points)} points");
        }

        if (cap.MaxOccurrences is { } times)
        {
            parts.Add(times == 1 ? "1 time" : $"{times} times");
        }

        return $"at most {string.Join(" and ", parts)} per {cap.PeriodDays} days; more such entries in that time do not count";
    }

    private static string CapZh(Cap cap, int sign)
    {
        var parts = new List<string>();
        if (cap.MaxPoints is { } points)
        {
            parts.Add($"{Signed(sign < 0 ? -points : points)} 分");
        }

        if (cap.MaxOccurrences is { } times)
        {
            parts.Add($"{times} 次");
        }

        return $"每 {cap.PeriodDays} 天最多 {string.Join("、", parts)}，超出部分不计分";
    }

    private static string BandEn(int score, string band, int? from, string? next, int? nextFrom) =>
        (from, next) switch
        {
            (null, null) => $"A score of {score} is band {band}.",
            (null, _) => $"A score of {score} is band {band}; band {next} starts at {nextFrom}.",
            (_, null) => $"A score of {score} is band {band}, which starts at {from}.",
            _ => $"A score of {score} is band {band}, which starts at {from}; band {next} starts at {nextFrom}.",
        };

    private static string BandZh(int score, string band, int? from, string? next, int? nextFrom) =>
        (from, next) switch
        {
            (null, null) => $"{score} 分属于 {band} 级。",
            (null, _) => $"{score} 分属于 {band} 级；{next} 级从 {nextFrom} 分起。",
            (_, null) => $"{score} 分属于 {band} 级（从 {from} 分起）。",
            _ => $"{score} 分属于 {band} 级（从 {from} 分起）；{next} 级从 {nextFrom} 分起。",
        };

    private static string Title(string title, string code) => string.IsNullOrWhiteSpace(title) ? code : title;

    /// <summary>Signed with a true minus sign, so "−5" reads as a loss and not as a dash.</summary>
    public static string Signed(long points) =>
        points < 0 ? "\u2212" + (-points).ToString(CultureInfo.InvariantCulture) : "+" + points.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
