using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

public enum RepairStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A subject's application to end a negative record early, having performed and promised.</summary>
public sealed class RepairRequest : ITenantOwned
{
    public const int CommitmentMaxLength = 4000;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public AppealTarget Target { get; set; }
    public Guid? LedgerEntryId { get; set; }
    public Guid? ListEntryId { get; set; }
    public bool ObligationPerformed { get; set; }
    public string Commitment { get; set; } = "";
    public RepairStatus Status { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public string FiledBy { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionReasons { get; set; }
}
