using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Oversight;

/// <summary>What a higher level may suspend in a jurisdiction below it.</summary>
public enum SuspensionTarget
{
    Rule,
    List,
}

/// <summary>
/// A rule or list of a jurisdiction set aside by a higher jurisdiction (an ancestor's official) or the platform,
/// with a reason. Kept in the suspended jurisdiction, so its own officials see who did it and why. While in force a
/// suspended rule scores nothing and a suspended list takes no new entries. Lifting takes two people: one proposes,
/// another approves.
/// </summary>
public sealed class Suspension : ITenantOwned
{
    public const int ReasonMaxLength = 2000;
    public const int NameMaxLength = 200;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public SuspensionTarget Target { get; set; }
    public string Code { get; set; } = "";
    public string Reason { get; set; } = "";

    /// <summary>The credential that suspended ("user:…" or "key:…").</summary>
    public string SuspendedBy { get; set; } = "";

    /// <summary>Who that was, as shown to the suspended jurisdiction: the person's name, department and jurisdiction at the time.</summary>
    public string SuspendedByName { get; set; } = "";
    public string? SuspendedByDepartment { get; set; }
    public Guid? SuspendedByTenantId { get; set; }
    public string SuspendedByAuthority { get; set; } = "";
    public DateTimeOffset SuspendedAt { get; set; }

    public string? LiftProposedBy { get; set; }
    public string? LiftProposedByName { get; set; }
    public DateTimeOffset? LiftProposedAt { get; set; }
    public string? LiftNote { get; set; }
    public string? LiftedBy { get; set; }
    public string? LiftedByName { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }

    /// <summary>How many subjects were told (their points or listings came from what was suspended).</summary>
    public int SubjectsNotified { get; set; }

    public bool InForce => LiftedAt is null;
}
