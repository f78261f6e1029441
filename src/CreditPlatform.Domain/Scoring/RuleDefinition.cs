using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// One version of a rule. Never edited in place: a change is a new version with its own effective dates,
/// so every ledger entry can name exactly the wording that produced it.
/// </summary>
public sealed record RuleDefinition
{
    public required string Code { get; init; }

    public required int Version { get; init; }

    public string TitleZh { get; init; } = "";

    public string TitleEn { get; init; } = "";

    public required string Category { get; init; }

    public string LegalBasis { get; init; } = "";

    public required IReadOnlyList<SubjectKind> SubjectKinds { get; init; }

    public required PointsDelta Delta { get; init; }

    public IReadOnlyList<Cap> Caps { get; init; } = [];

    public BandOverride? BandOverride { get; init; }

    /// <summary>Points stop counting this many months after the event.</summary>
    public int? ExpiryMonths { get; init; }

    /// <summary>Days the subject has to put things right before the entry may be restored.</summary>
    public int? RectificationDays { get; init; }

    /// <summary>Only recordable with the number of a legally effective document (a judgment, a penalty decision).</summary>
    public bool RequiresDocument { get; init; }

    /// <summary>Points obtainable by giving money or goods (donations); guardrails limit how many can be bought.</summary>
    public bool Purchasable { get; init; }

    public required DateTimeOffset EffectiveFrom { get; init; }

    /// <summary>Exclusive end; null while the version is still in force.</summary>
    public DateTimeOffset? EffectiveTo { get; init; }

    /// <summary>Whether events dated <paramref name="occurredAt"/> fall under this version.</summary>
    public bool IsInForceAt(DateTimeOffset occurredAt) =>
        EffectiveFrom <= occurredAt && (EffectiveTo is not { } to || occurredAt < to);
}
