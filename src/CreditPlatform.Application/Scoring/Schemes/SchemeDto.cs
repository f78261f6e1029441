using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Schemes;

public sealed record BandDto(string Code, int? MinScore, IReadOnlyList<string> Measures);

/// <summary>A scheme version with each band's measures beside it, the way an official reads it.</summary>
public sealed record SchemeDto(
    int Version,
    int BaseScore,
    int? Floor,
    int? Ceiling,
    IReadOnlyList<BandDto> Bands,
    bool DisplayStars,
    int AppealWindowDays,
    int? RectificationDays,
    DateTimeOffset EffectiveFrom)
{
    /// <summary>Working days the jurisdiction has to decide an appeal against one of its ledger entries.</summary>
    public int DecisionWorkingDays { get; init; } = 15;

    public static SchemeDto From(SchemeVersion scheme)
    {
        var d = scheme.Definition;
        return new SchemeDto(
            scheme.Version,
            d.BaseScore,
            d.Floor,
            d.Ceiling,
            [.. d.Bands.Select(b => new BandDto(b.Code, b.MinScore, d.BandMeasures.TryGetValue(b.Code, out var m) ? m : []))],
            d.DisplayStars,
            d.AppealWindowDays,
            d.RectificationDays,
            scheme.EffectiveFrom)
        {
            DecisionWorkingDays = d.DecisionWorkingDays,
        };
    }
}
