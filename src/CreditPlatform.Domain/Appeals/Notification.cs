using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Appeals;

public enum NotificationKind
{
    Deduction,
    Listing,
    CoListing,
    Restriction,
    AppealDecision,
    AppealEscalated,
    Repair,
    Rectification,
    AppealFiled,
    Suspension,
    Removal,
    Expiry,
    AppealWindowClosing,
    RepairEligible,
    IdentificationConfirmed,

    /// <summary>A higher jurisdiction suspended the rule or list the subject's points or listing came from.</summary>
    OversightSuspension,
}

/// <summary>
/// What the subject is told, kept in the inbox of the tenant that acted. A ledger entry names its subject;
/// a list entry is matched to people through the identifier's keyed hash, as lists know no subject ids.
/// Every notice of a negative action says what happened, on which legal basis, until when and how to appeal.
/// </summary>
public sealed class Notification : ITenantOwned
{
    public const int TextMaxLength = 2000;
    public const int LegalBasisMaxLength = 1000;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid? SubjectId { get; set; }
    public byte[]? IdentifierHash { get; set; }
    public NotificationKind Kind { get; set; }
    public Guid? LedgerEntryId { get; set; }
    public Guid? ListEntryId { get; set; }
    public Guid? AppealId { get; set; }
    public string TextZh { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public DateTimeOffset? AppealDeadline { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The issuing jurisdiction's notice this one repeats at the subject's home (national lists only).</summary>
    public Guid? RelayedFromId { get; set; }
}
