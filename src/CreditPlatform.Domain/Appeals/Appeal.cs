using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

/// <summary>A subject's objection to one ledger or list entry, decided by an official other than its recorder.</summary>
public sealed class Appeal : ITenantOwned
{
    public const int ReasonMaxLength = 4000;
    public const int DefaultDecisionWorkingDays = 15;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public AppealTarget Target { get; set; }
    public Guid? LedgerEntryId { get; set; }
    public Guid? ListEntryId { get; set; }
    public Guid? SubjectId { get; set; }
    public byte[]? IdentifierHash { get; set; }
    public string Reason { get; set; } = "";
    public AppealStatus Status { get; set; }

    /// <summary>Who recorded the appealed entry: they may not decide.</summary>
    public string Recorder { get; set; } = "";
    public DateTimeOffset FiledAt { get; set; }
    public string FiledBy { get; set; } = "";
    public DateTimeOffset DecisionDue { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The jurisdiction whose officials decide once the deadline passed; null means platform administrators.</summary>
    public Guid? EscalatedToTenantId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Where the subject lives when they appealed a national entry from another jurisdiction (null: filed here).</summary>
    public Guid? HomeTenantId { get; set; }

    /// <summary>The subject's id in <see cref="HomeTenantId"/>.</summary>
    public Guid? HomeSubjectId { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionReasons { get; set; }
    public int? AdjustedPoints { get; set; }

    /// <summary>The reversal, adjusting entry or nothing the decision produced.</summary>
    public Guid? ResultingLedgerEntryId { get; set; }

    /// <summary>The deadline passed: the parent's officials decide now, by <paramref name="newDecisionDue"/>.</summary>
    public void Escalate(Guid? parentTenantId, DateTimeOffset at, DateTimeOffset newDecisionDue)
    {
        if (Status != AppealStatus.Pending)
        {
            throw new InvalidOperationException("Only a pending appeal escalates.");
        }

        Status = AppealStatus.Escalated;
        EscalatedAt = at;
        EscalatedToTenantId = parentTenantId;
        DecisionDue = newDecisionDue;
    }

    public void Decide(AppealStatus outcome, string reasons, int? adjustedPoints, string by, DateTimeOffset at)
    {
        if (!Status.IsOpen() || outcome.IsOpen())
        {
            throw new InvalidOperationException("Only an open appeal is decided, and only with an outcome.");
        }

        Status = outcome;
        DecisionReasons = reasons;
        AdjustedPoints = adjustedPoints;
        DecidedBy = by;
        DecidedAt = at;
    }
}
