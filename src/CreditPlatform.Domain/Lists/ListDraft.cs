using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Lists;

/// <summary>Where a drafted list policy stands.</summary>
public enum ListDraftStatus
{
    Draft,
    Approved,
    Rejected,
}

/// <summary>
/// A proposed new list of a listing authority, with its whole policy (kind, scope, duration, measures,
/// representative handling, appeal window, repair minimum), kept as the request that creates it. Nothing is
/// published until an official other than the drafter approves it.
/// </summary>
public sealed class ListDraft : ITenantOwned
{
    public const int ReasonMaxLength = 2000;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The policy as proposed, as JSON (the create-list request).</summary>
    public string Proposal { get; set; } = "{}";

    public ListDraftStatus Status { get; set; }
    public string DraftedBy { get; set; } = "";
    public DateTimeOffset DraftedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>The list the approval created.</summary>
    public Guid? ListId { get; set; }
}
