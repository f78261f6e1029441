namespace CreditPlatform.Domain.Scoring;

/// <summary>Where a version of the platform's guardrails stands: proposed → active (a second administrator approved) or rejected → superseded.</summary>
public enum PlatformGuardrailStatus
{
    Proposed,
    Active,
    Superseded,
    Rejected,
}

/// <summary>
/// One version of the limits the platform sets for every scheme. A change is proposed by one platform administrator
/// and takes effect when another approves it; older versions stay as the record of what applied when.
/// </summary>
public sealed class PlatformGuardrailVersion
{
    public const int NoteMaxLength = 2000;

    public int Version { get; set; }
    public GuardrailSet Limits { get; set; } = new() { Name = GuardrailChecker.PlatformSource };
    public PlatformGuardrailStatus Status { get; set; }

    /// <summary>Why the change is proposed, or why it was rejected.</summary>
    public string? Note { get; set; }

    public string ProposedBy { get; set; } = "";
    public DateTimeOffset ProposedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
}
