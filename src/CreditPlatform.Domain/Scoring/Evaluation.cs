using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// What one event is worth under one rule version, with the inputs that produced it, so the ledger entry
/// can explain itself to the citizen without re-running anything.
/// </summary>
public sealed record Evaluation
{
    public required string RuleCode { get; init; }

    public required int RuleVersion { get; init; }

    public required SubjectKind SubjectKind { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public decimal? Quantity { get; init; }

    public string? DocumentNumber { get; init; }

    /// <summary>Points the delta gives before any cap.</summary>
    public required int RawPoints { get; init; }

    /// <summary>Points that count after caps.</summary>
    public required int Points { get; init; }

    public bool Capped { get; init; }

    /// <summary>Each cap that limited the points, in plain English; empty when none did.</summary>
    public IReadOnlyList<string> CapNotes { get; init; } = [];

    /// <summary>When the points stop counting; null when they never lapse.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The band the subject is held at or below, when the rule overrides the band.</summary>
    public string? BandOverride { get; init; }

    public DateTimeOffset? BandOverrideUntil { get; init; }
}
