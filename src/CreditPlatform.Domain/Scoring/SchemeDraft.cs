using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>Where a drafted scheme change stands.</summary>
public enum SchemeDraftStatus
{
    Draft,
    Approved,
    Rejected,
}

/// <summary>
/// A proposed new version of a tenant's scheme (its bands and their measures, base, floor and ceiling). It changes
/// nothing until an official other than the drafter approves it; approval publishes it as the next
/// <see cref="SchemeVersion"/>, in force from that moment.
/// </summary>
public sealed class SchemeDraft : ITenantOwned
{
    public const int ReasonMaxLength = 2000;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>The version in force when the draft was written: approval is refused once another version took over.</summary>
    public int BasedOnVersion { get; set; }

    public SchemeDefinition Definition { get; set; } = new() { Version = 0, BaseScore = 0 };
    public SchemeDraftStatus Status { get; set; }
    public string DraftedBy { get; set; } = "";
    public DateTimeOffset DraftedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>The scheme version the approval published.</summary>
    public int? ApprovedVersion { get; set; }
}
