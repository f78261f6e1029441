using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>A rule version as the catalogue shows it. <see cref="Title"/> is in the reader's language, both titles follow.</summary>
public sealed record RuleDto(
    string Code,
    int Version,
    string Title,
    string TitleZh,
    string TitleEn,
    string Category,
    string LegalBasis,
    IReadOnlyList<string> SubjectKinds,
    PointsDelta Delta,
    IReadOnlyList<Cap> Caps,
    BandOverride? BandOverride,
    int? ExpiryMonths,
    int? RectificationDays,
    bool RequiresDocument,
    bool Purchasable,
    string Status,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset? EffectiveTo,
    string DraftedBy,
    string? ApprovedBy)
{
    public static RuleDto From(RuleVersion r, string language = Languages.Chinese) => new(
        r.Code,
        r.Version,
        Languages.IsEnglish(language) ? r.TitleEn : r.TitleZh,
        r.TitleZh,
        r.TitleEn,
        r.Category,
        r.LegalBasis,
        [.. r.SubjectKinds.Select(SubjectDto.KindName)],
        r.Delta,
        r.Caps,
        r.BandOverride,
        r.ExpiryMonths,
        r.RectificationDays,
        r.RequiresDocument,
        r.Purchasable,
        StatusName(r.Status),
        r.EffectiveFrom,
        r.EffectiveTo,
        r.DraftedBy,
        r.ApprovedBy);

    public static string StatusName(RuleStatus status) => status switch
    {
        RuleStatus.Draft => "draft",
        RuleStatus.Active => "active",
        RuleStatus.Superseded => "superseded",
        _ => "retired",
    };
}

/// <summary>The two languages the platform speaks; Chinese unless the reader asks for English.</summary>
public static class Languages
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith(English, StringComparison.OrdinalIgnoreCase);
}
