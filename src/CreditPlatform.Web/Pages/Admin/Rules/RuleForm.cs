using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>
/// The rule editor's fields, flat as a form posts them; <see cref="ToCommand"/> builds the structured command the
/// API takes too, so the page adds no rule of its own. Empty optional fields mean "none".
/// </summary>
public sealed class RuleForm
{
    public string? Code { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? Category { get; set; }
    public string? LegalBasis { get; set; }
    public bool ForPersons { get; set; } = true;
    public bool ForOrganizations { get; set; }
    public DeltaKind DeltaKind { get; set; } = DeltaKind.Fixed;
    public int Points { get; set; }
    public decimal? UnitSize { get; set; }
    public string? QuantityUnit { get; set; }
    public UnitRounding Rounding { get; set; } = UnitRounding.Down;
    public decimal? MinQuantity { get; set; }
    public decimal? MaxQuantity { get; set; }
    public int? CapPeriodDays { get; set; }
    public int? CapMaxPoints { get; set; }
    public int? CapMaxOccurrences { get; set; }
    public string? OverrideBand { get; set; }
    public int? OverrideDays { get; set; }
    public int? ExpiryMonths { get; set; }
    public bool RequiresDocument { get; set; }
    public DateTime? EffectiveFrom { get; set; }

    /// <summary>Where each of the command's field paths is shown on the form.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = nameof(Code),
        ["titleZh"] = nameof(TitleZh),
        ["titleEn"] = nameof(TitleEn),
        ["category"] = nameof(Category),
        ["legalBasis"] = nameof(LegalBasis),
        ["subjectKinds"] = nameof(ForPersons),
        ["delta"] = nameof(Points),
        ["delta.points"] = nameof(Points),
        ["delta.unitSize"] = nameof(UnitSize),
        ["delta.minQuantity"] = nameof(MinQuantity),
        ["delta.maxQuantity"] = nameof(MaxQuantity),
        ["delta.quantityUnit"] = nameof(QuantityUnit),
        ["bandOverride.band"] = nameof(OverrideBand),
        ["bandOverride.durationDays"] = nameof(OverrideDays),
        ["expiryMonths"] = nameof(ExpiryMonths),
    };

    public static RuleForm From(RuleDto rule) => new()
    {
        Code = rule.Code,
        TitleZh = rule.TitleZh,
        TitleEn = rule.TitleEn,
        Category = rule.Category,
        LegalBasis = rule.LegalBasis,
        ForPersons = rule.SubjectKinds.Contains("person"),
        ForOrganizations = rule.SubjectKinds.Contains("organization"),
        DeltaKind = rule.Delta.Kind,
        Points = rule.Delta.Points,
        UnitSize = rule.Delta.Kind == DeltaKind.PerUnit ? rule.Delta.UnitSize : null,
        QuantityUnit = rule.Delta.QuantityUnit,
        Rounding = rule.Delta.Rounding,
        MinQuantity = rule.Delta.MinQuantity,
        MaxQuantity = rule.Delta.MaxQuantity,
        CapPeriodDays = (rule.Caps.Count > 0 ? rule.Caps[0] : null)?.PeriodDays,
        CapMaxPoints = (rule.Caps.Count > 0 ? rule.Caps[0] : null)?.MaxPoints,
        CapMaxOccurrences = (rule.Caps.Count > 0 ? rule.Caps[0] : null)?.MaxOccurrences,
        OverrideBand = rule.BandOverride?.Band,
        OverrideDays = rule.BandOverride?.DurationDays,
        ExpiryMonths = rule.ExpiryMonths,
        RequiresDocument = rule.RequiresDocument,
    };

    public DraftRule ToCommand()
    {
        List<SubjectKind> kinds = [];
        if (ForPersons)
        {
            kinds.Add(SubjectKind.Person);
        }

        if (ForOrganizations)
        {
            kinds.Add(SubjectKind.Organization);
        }

        var delta = new PointsDelta
        {
            Kind = DeltaKind,
            Points = Points,
            UnitSize = UnitSize ?? 1m,
            QuantityUnit = QuantityUnit?.Trim() ?? "",
            Rounding = Rounding,
            MinQuantity = MinQuantity,
            MaxQuantity = MaxQuantity,
        };
        IReadOnlyList<Cap> caps = CapPeriodDays is { } days ? [new Cap(days, CapMaxPoints, CapMaxOccurrences)] : [];
        var bandOverride = string.IsNullOrWhiteSpace(OverrideBand) ? null : new BandOverride(OverrideBand.Trim(), OverrideDays ?? 0);
        DateTimeOffset? from = EffectiveFrom is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Utc)) : null;
        return new DraftRule(Code?.Trim(), TitleZh, TitleEn, Category, LegalBasis, kinds, delta, caps, bandOverride,
            ExpiryMonths, null, RequiresDocument, false, from);
    }
}
