namespace CreditPlatform.Domain.Scoring;

/// <summary>One version of a tenant's scheme: where scores start, where they stop, and how they read as bands.</summary>
public sealed record SchemeDefinition
{
    public required int Version { get; init; }

    /// <summary>Where every subject starts (1,000 in a city, 0 in a village).</summary>
    public required int BaseScore { get; init; }

    public int? Floor { get; init; }

    public int? Ceiling { get; init; }

    /// <summary>Ordered best first; "worse" means later in this list.</summary>
    public IReadOnlyList<Band> Bands { get; init; } = [];

    /// <summary>Shown on a village board as stars and flags (1 point = 1 star, 6 stars = 1 flag) instead of a number.</summary>
    public bool DisplayStars { get; init; }

    /// <summary>Band code → codes of the measures (rewards or restrictions) attached to it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> BandMeasures { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Days a subject has to object to an entry after being notified.</summary>
    public int AppealWindowDays { get; init; } = 15;

    /// <summary>Working days the jurisdiction has to decide an appeal against one of its ledger entries.</summary>
    public int DecisionWorkingDays { get; init; } = 15;

    /// <summary>Days after which rectified entries are restored automatically; null when the scheme has no such window.</summary>
    public int? RectificationDays { get; init; }
}
