using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

/// <summary>A subject's objection to one ledger or list entry, decided by an official other than its recorder.</summary>
public sealed class Appeal : ITenantOwned
{
    public const int ReasonMaxLength = 4000;
    public const int DefaultDecisionWorkingDays = 15;

    public Guid TenantId { get; private set; }
    public Guid Id { get; private set; }
    public AppealTarget Target { get; private set; }
    public Guid? LedgerEntryId { get; private set; }
    public Guid? ListEntryId { get; private set; }
    public Guid? SubjectId { get; private set; }
    public byte[]? IdentifierHash { get; private set; }
    public string Reason { get; private set; } = "";
    public AppealStatus Status { get; private set; }

    /// <summary>Who recorded the appealed entry: they may not decide.</summary>
    public string Recorder { get; private set; } = "";
    public DateTimeOffset FiledAt { get; private set; }
    public string FiledBy { get; private set; } = "";
    public DateTimeOffset DecisionDue { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>The jurisdiction whose officials decide once the deadline passed; null means platform administrators.</summary>
    public Guid? EscalatedToTenantId { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Where the subject lives when they appealed a national entry from another jurisdiction (null: filed here).</summary>
    public Guid? HomeTenantId { get; private set; }

    /// <summary>The subject's id in <see cref="HomeTenantId"/>.</summary>
    public Guid? HomeSubjectId { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionReasons { get; private set; }
    public int? AdjustedPoints { get; private set; }

    /// <summary>The reversal, adjusting entry or nothing the decision produced.</summary>
    public Guid? ResultingLedgerEntryId { get; private set; }

    private Appeal()
    {
    }

    /// <summary>
    /// A pending appeal against one ledger entry or one list entry (exactly one), filed at <paramref name="filedAt"/>
    /// with a reason, to be decided by <paramref name="decisionDue"/> by someone other than the entry's recorder.
    /// </summary>
    public static Appeal File(
        Guid tenantId, AppealTarget target, Guid? ledgerEntryId, Guid? listEntryId, Guid? subjectId, byte[]? identifierHash,
        string reason, string recorder, string filedBy, DateTimeOffset filedAt, DateTimeOffset decisionDue,
        (Guid Tenant, Guid Subject)? home = null)
    {
        if (ledgerEntryId is null == listEntryId is null)
        {
            throw new ArgumentException("An appeal is against exactly one ledger entry or one list entry.");
        }

        var trimmed = reason.Trim();
        if (trimmed.Length is 0 or > ReasonMaxLength)
        {
            throw new ArgumentException($"An appeal gives a reason of 1 to {ReasonMaxLength} characters.", nameof(reason));
        }

        if (decisionDue < filedAt)
        {
            throw new ArgumentException("An appeal is decided after it is filed.", nameof(decisionDue));
        }

        return new Appeal
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            Target = target,
            LedgerEntryId = ledgerEntryId,
            ListEntryId = listEntryId,
            SubjectId = subjectId,
            IdentifierHash = identifierHash,
            Reason = trimmed,
            Status = AppealStatus.Pending,
            Recorder = recorder,
            FiledAt = filedAt,
            FiledBy = filedBy,
            DecisionDue = decisionDue,
            HomeTenantId = home?.Tenant,
            HomeSubjectId = home?.Subject,
        };
    }

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

    /// <summary>
    /// Decides an open appeal: the outcome, its reasons, the points given back on a partial upholding, and the
    /// reversal or adjusting entry it produced (none for a rejection or a listing).
    /// </summary>
    public void Decide(AppealStatus outcome, string reasons, int? adjustedPoints, string by, DateTimeOffset at, Guid? resultingLedgerEntryId = null)
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
        ResultingLedgerEntryId = resultingLedgerEntryId;
    }
}
