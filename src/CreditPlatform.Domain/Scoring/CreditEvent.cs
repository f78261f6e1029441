using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>What happened to whom, as recorded: the input the ledger entries were computed from. Append-only.</summary>
public sealed class CreditEvent : ITenantOwned
{
    public const int IdempotencyKeyMaxLength = 200;
    public const int DocumentNumberMaxLength = 100;
    public const int EvidenceMaxLength = 2000;
    public const int DepartmentMaxLength = 200;
    public const int BandMaxLength = 20;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>The same key never takes effect twice for one caller within a tenant.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The credential that sent the key ("user:{id}" or "key:{id}"): keys are unique per caller.</summary>
    public string? IdempotencyCaller { get; set; }

    /// <summary>A hash of what was sent with the key, so a retry is told from a reuse for something else.</summary>
    public byte[]? PayloadFingerprint { get; set; }

    public Guid SubjectId { get; set; }
    public string RuleCode { get; set; } = "";
    public int RuleVersion { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public decimal? Quantity { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Evidence { get; set; }

    /// <summary>Who recorded it: "user:{id}" or "key:{id}".</summary>
    public string Recorder { get; set; } = "";

    public string? Department { get; set; }
    public EventSource Source { get; set; }

    /// <summary>The subject's score right after this event, kept so a retried request can be answered as the first was.</summary>
    public int? ScoreAfter { get; set; }

    public string? BandAfter { get; set; }
}
