using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Explanations;

/// <summary>A counted ledger entry together with the wording of the rule version that produced it.</summary>
public sealed record ExplainedEntry
{
    public required Guid EntryId { get; init; }

    public required int Points { get; init; }

    public required int RawPoints { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public decimal? Quantity { get; init; }

    public IReadOnlyList<string> CapNotes { get; init; } = [];

    public string? BandOverride { get; init; }

    public DateTimeOffset? BandOverrideUntil { get; init; }

    public required RuleDefinition Rule { get; init; }

    public LedgerLine ToLine() => new(Points, OccurredAt, ExpiresAt, BandOverride, BandOverrideUntil);
}
