using System.Text.RegularExpressions;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Rules.DraftRule;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Web.Pages.Admin.Rules;

/// <summary>
/// The rule editor's fields, flat as a form posts them; <see cref="ToCommand"/> builds the structured command the
/// API takes too, so the page adds no rule of its own. It carries every field the API accepts, so a version drafted
/// from another keeps all of it. Empty optional fields mean "none"; an empty cap row is no cap.
/// </summary>
public sealed partial class RuleForm
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
    public List<CapRow> Caps { get; set; } = [];
    public string? OverrideBand { get; set; }
    public int? OverrideDays { get; set; }
    public int? ExpiryMonths { get; set; }
    public int? RectificationDays { get; set; }
    public bool RequiresDocument { get; set; }
    public bool Purchasable { get; set; }
    public DateTime? EffectiveFrom { get; set; }

    /// <summary>One cap as the form shows it: a period and the most points and/or events within it.</summary>
    public sealed class CapRow
    {
        public int? PeriodDays { get; set; }
        public int? MaxPoints { get; set; }
        public int? MaxOccurrences { get; set; }

        public bool IsEmpty => PeriodDays is null && MaxPoints is null && MaxOccurrences is null;
    }

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
        ["rectificationDays"] = nameof(RectificationDays),
    };

    /// <summary>The form field an API error path belongs to ("caps[1].periodDays" → "Caps[1].PeriodDays"); empty when none.</summary>
    public static string FieldFor(string path)
    {
        if (FieldOf.TryGetValue(path, out var name))
        {
            return name;
        }

        var cap = CapPath().Match(path);
        return cap.Success ? $"{nameof(Caps)}[{cap.Groups[1].Value}].{char.ToUpperInvariant(cap.Groups[2].Value[0])}{cap.Groups[2].Value[1..]}" : "";
    }

    [GeneratedRegex(@"^caps\[(\d+)\]\.(periodDays|maxPoints|maxOccurrences)$", RegexOptions.IgnoreCase)]
    private static partial Regex CapPath();

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
        Caps = [.. rule.Caps.Select(c => new CapRow { PeriodDays = c.PeriodDays, MaxPoints = c.MaxPoints, MaxOccurrences = c.MaxOccurrences })],
        OverrideBand = rule.BandOverride?.Band,
        OverrideDays = rule.BandOverride?.DurationDays,
        ExpiryMonths = rule.ExpiryMonths,
        RectificationDays = rule.RectificationDays,
        RequiresDocument = rule.RequiresDocument,
        Purchasable = rule.Purchasable,
    };

    /// <summary>The cap rows to show: the filled ones and one empty row to add another.</summary>
    public IReadOnlyList<CapRow> CapRowsWithBlank(int blanks = 1) =>
        [.. Caps.Where(c => !c.IsEmpty), .. Enumerable.Range(0, blanks).Select(_ => new CapRow())];

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
        // A row with only points or events but no period still goes to the API, which names the missing period.
        IReadOnlyList<Cap> caps = [.. Caps.Where(c => !c.IsEmpty).Select(c => new Cap(c.PeriodDays ?? 0, c.MaxPoints, c.MaxOccurrences))];
        var bandOverride = string.IsNullOrWhiteSpace(OverrideBand) ? null : new BandOverride(OverrideBand.Trim(), OverrideDays ?? 0);
        DateTimeOffset? from = EffectiveFrom is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Utc)) : null;
        return new DraftRule(Code?.Trim(), TitleZh, TitleEn, Category, LegalBasis, kinds, delta, caps, bandOverride,
            ExpiryMonths, RectificationDays, RequiresDocument, Purchasable, from);
    }
}
