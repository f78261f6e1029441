using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>A rule version as the catalogue shows it. <see cref="Title"/> is in the reader's language, both titles follow.</summary>
/// <param name="Violations">
/// For an active version or a draft: the guardrails it breaks today (a guardrail tightened after approval). No new
/// version of the rule is approved until it complies. Empty otherwise.
/// </param>
/// <param name="RetirementRequest">An official asked to retire this active version; another must confirm.</param>
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
    string? ApprovedBy,
    string? RejectedBy,
    string? RejectionReason,
    RetirementRequestDto? RetirementRequest,
    IReadOnlyList<GuardrailViolation> Violations)
{
    public static RuleDto From(RuleVersion r, string language = Languages.Chinese, IReadOnlyList<GuardrailViolation>? violations = null) => new(
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
        r.ApprovedBy,
        r.RejectedBy,
        r.RejectionReason,
        r.RetirementRequestedBy is { } by ? new RetirementRequestDto(by, r.RetirementRequestedAt!.Value, r.RetirementRequestedTo) : null,
        violations ?? []);

    public static string StatusName(RuleStatus status) => status switch
    {
        RuleStatus.Draft => "draft",
        RuleStatus.Active => "active",
        RuleStatus.Superseded => "superseded",
        RuleStatus.Rejected => "rejected",
        _ => "retired",
    };
}

/// <param name="EffectiveTo">When the rule stops once confirmed; null: at the moment of confirmation.</param>
public sealed record RetirementRequestDto(string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? EffectiveTo);

/// <summary>The two languages the platform speaks; Chinese unless the reader asks for English.</summary>
public static class Languages
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith(English, StringComparison.OrdinalIgnoreCase);
}
