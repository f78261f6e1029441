using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// One change of points. Append-only: a correction is a new entry with the negated points that names the one it
/// reverses. Every entry is chained to the one before it in its tenant, so an edit made behind the platform's back
/// shows up in verification.
/// </summary>
public sealed class LedgerEntry : ITenantOwned
{
    public const int ReasonMaxLength = 1000;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>Position in the tenant's chain, from 1 without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>The event it was computed from; null for a reversal.</summary>
    public Guid? EventId { get; set; }

    public Guid SubjectId { get; set; }
    public string RuleCode { get; set; } = "";
    public int RuleVersion { get; set; }
    public int Points { get; set; }
    public int RawPoints { get; set; }
    public bool Capped { get; set; }
    public string[] CapNotes { get; set; } = [];
    public decimal? Quantity { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public string? BandOverride { get; set; }
    public DateTimeOffset? BandOverrideUntil { get; set; }

    /// <summary>For a reversal: the entry it cancels.</summary>
    public Guid? ReversesId { get; set; }

    public string? Reason { get; set; }
    public string Recorder { get; set; } = "";
    public string? Department { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";

    public bool IsReversal => ReversesId is not null;

    /// <summary>The line the score projection counts.</summary>
    public LedgerLine ToLine() => new(Points, OccurredAt, ExpiresAt, BandOverride, BandOverrideUntil);

    /// <summary>A reversal of this entry: negated points, same rule, dates and expiry, so it cancels exactly.</summary>
    public LedgerEntry Reverse(Guid id, DateTimeOffset recordedAt, string reason, string recorder, string? department) => new()
    {
        TenantId = TenantId,
        Id = id,
        SubjectId = SubjectId,
        RuleCode = RuleCode,
        RuleVersion = RuleVersion,
        Points = -Points,
        RawPoints = -RawPoints,
        Quantity = Quantity,
        OccurredAt = OccurredAt,
        RecordedAt = Instants.Stored(recordedAt),
        ExpiresAt = ExpiresAt,
        ReversesId = Id,
        Reason = reason,
        Recorder = recorder,
        Department = department,
    };

    /// <summary>Seals the entry into its tenant's chain at <paramref name="sequence"/> after <paramref name="previousHash"/>.</summary>
    /// <param name="canonicalContent">This entry's <see cref="LedgerCanonicalForm"/>, built ahead so that the time spent
    /// holding the tenant's chain lock is one hash per entry.</param>
    public void Chain(long sequence, string previousHash, string canonicalContent)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = LedgerHash.Compute(previousHash, canonicalContent);
    }
}
