using System.Globalization;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Web.Localization;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>One field of a draft beside the same field of the version in force.</summary>
/// <param name="Field">Stable name, for tests and styling.</param>
public sealed record RuleReviewLine(string Field, string Label, string? InForce, string Draft)
{
    public bool Changed => InForce is not null && !string.Equals(InForce, Draft, StringComparison.Ordinal);
}

/// <summary>Every field a rule carries, as a reviewer reads it, and which of them a draft changes.</summary>
public static class RuleReviewLines
{
    public static IReadOnlyList<RuleReviewLine> Compare(RuleDto? inForce, RuleDto draft)
    {
        RuleReviewLine Line(string field, Text label, Func<RuleDto, string> show) =>
            new(field, label, inForce is null ? null : show(inForce), show(draft));

        return
        [
            Line("titleZh", UiText.AdminRules.TitleZh, r => r.TitleZh),
            Line("titleEn", UiText.AdminRules.TitleEn, r => r.TitleEn),
            Line("category", UiText.AdminRules.Category, r => r.Category),
            Line("legalBasis", UiText.AdminRules.LegalBasis, r => r.LegalBasis),
            Line("subjectKinds", UiText.AdminRules.SubjectKinds, r => string.Join("、", r.SubjectKinds.Select(Kind))),
            Line("points", UiText.AdminRules.Points, r => Points(r.Delta)),
            Line("caps", UiText.AdminRules.CapLegend, r => r.Caps.Count == 0 ? UiText.Common.None : string.Join("；", r.Caps.Select(CapText))),
            Line("bandOverride", UiText.AdminRules.OverrideLegend, r => r.BandOverride is { } b
                ? UiText.AdminRules.BandHold.Format(b.Band, b.DurationDays) : UiText.Common.None),
            Line("expiryMonths", UiText.AdminRules.ExpiryMonths, r => Number(r.ExpiryMonths)),
            Line("rectificationDays", UiText.AdminRules.RectificationDays, r => Number(r.RectificationDays)),
            Line("requiresDocument", UiText.AdminRules.RequiresDocument, r => YesNo(r.RequiresDocument)),
            Line("purchasable", UiText.AdminRules.Purchasable, r => YesNo(r.Purchasable)),
        ];
    }

    public static string CapText(Cap cap)
    {
        var limits = new List<string>();
        if (cap.MaxPoints is { } points)
        {
            limits.Add(UiText.AdminRules.CapPointsText.Format(points));
        }

        if (cap.MaxOccurrences is { } count)
        {
            limits.Add(UiText.AdminRules.CapCountText.Format(count));
        }

        return UiText.AdminRules.CapText.Format(cap.PeriodDays, string.Join(", ", limits));
    }

    private static string Points(PointsDelta delta)
    {
        var text = UiText.AdminRules.DeltaText(delta);
        if (delta.Kind == DeltaKind.PerUnit)
        {
            text += " · " + UiText.AdminRules.QuantityRange.Format(Number(delta.MinQuantity), Number(delta.MaxQuantity), Rounding(delta.Rounding));
        }

        return text;
    }

    private static string Rounding(UnitRounding rounding) => rounding switch
    {
        UnitRounding.Up => UiText.AdminRules.RoundUp,
        UnitRounding.Nearest => UiText.AdminRules.RoundNearest,
        _ => UiText.AdminRules.RoundDown,
    };

    private static string Kind(string kind) => kind == "organization" ? UiText.Subjects.Organization : UiText.Subjects.Person;

    private static string Number(decimal? value) => value?.ToString(CultureInfo.CurrentCulture) ?? UiText.Common.None;

    private static string Number(int? value) => value?.ToString(CultureInfo.CurrentCulture) ?? UiText.Common.None;

    private static string YesNo(bool value) => value ? UiText.AdminRules.Yes : UiText.AdminRules.No;
}
