using CreditPlatform.Domain.Common;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// One stored version of a tenant's rule. Once approved its wording never changes (the database refuses it too);
/// only its effective end and status move when a newer version takes over or the rule is retired.
/// </summary>
public sealed class RuleVersion : ITenantOwned
{
    public const int CodeMaxLength = 50;
    public const int TitleMaxLength = 200;
    public const int CategoryMaxLength = 50;
    public const int LegalBasisMaxLength = 1000;
    public const int ReasonMaxLength = 2000;

    public Guid TenantId { get; set; }
    public string Code { get; set; } = "";
    public int Version { get; set; }
    public string TitleZh { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Category { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public IReadOnlyList<SubjectKind> SubjectKinds { get; set; } = [];
    public PointsDelta Delta { get; set; } = PointsDelta.Fixed(0);
    public IReadOnlyList<Cap> Caps { get; set; } = [];
    public BandOverride? BandOverride { get; set; }
    public int? ExpiryMonths { get; set; }
    public int? RectificationDays { get; set; }
    public bool RequiresDocument { get; set; }
    public bool Purchasable { get; set; }

    /// <summary>Null on a draft that takes effect when approved.</summary>
    public DateTimeOffset? EffectiveFrom { get; set; }

    public DateTimeOffset? EffectiveTo { get; set; }
    public RuleStatus Status { get; set; }
    public string DraftedBy { get; set; } = "";
    public DateTimeOffset DraftedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? RetiredBy { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public string? RejectedBy { get; set; }
    public DateTimeOffset? RejectedAt { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>An official asked to retire this active version; a second official confirms it (four eyes).</summary>
    public string? RetirementRequestedBy { get; set; }

    public DateTimeOffset? RetirementRequestedAt { get; set; }

    /// <summary>When the requested retirement takes effect once confirmed; null: when confirmed.</summary>
    public DateTimeOffset? RetirementRequestedTo { get; set; }

    /// <summary>Whether events may be scored under this version (inside its effective window).</summary>
    public bool IsApproved => Status is RuleStatus.Active or RuleStatus.Superseded or RuleStatus.Retired;

    /// <summary>The engine's view of this version. A draft without a start date is read as starting at <paramref name="draftStart"/>.</summary>
    public RuleDefinition ToDefinition(DateTimeOffset? draftStart = null) => new()
    {
        Code = Code,
        Version = Version,
        TitleZh = TitleZh,
        TitleEn = TitleEn,
        Category = Category,
        LegalBasis = LegalBasis,
        SubjectKinds = SubjectKinds,
        Delta = Delta,
        Caps = Caps,
        BandOverride = BandOverride,
        ExpiryMonths = ExpiryMonths,
        RectificationDays = RectificationDays,
        RequiresDocument = RequiresDocument,
        Purchasable = Purchasable,
        EffectiveFrom = EffectiveFrom ?? draftStart ?? DateTimeOffset.MinValue,
        EffectiveTo = EffectiveTo,
    };
}
