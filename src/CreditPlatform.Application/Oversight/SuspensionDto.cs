using CreditPlatform.Domain.Oversight;

namespace CreditPlatform.Application.Oversight;

/// <summary>Who acted, as the suspended jurisdiction sees them: a name, a department and the authority, never an id.</summary>
public sealed record OverseerDto(string Name, string? Department, string Authority);

/// <summary>A rule's or list's suspension state. <see cref="Suspended"/> is false when nothing is in force (the last lifted one, if any, follows).</summary>
public sealed record SuspensionDto(
    string Target,
    string Code,
    bool Suspended,
    string? Reason,
    OverseerDto? SuspendedBy,
    DateTimeOffset? SuspendedAt,
    string? LiftProposedBy,
    DateTimeOffset? LiftProposedAt,
    string? LiftNote,
    string? LiftedBy,
    DateTimeOffset? LiftedAt,
    int SubjectsNotified)
{
    public static string TargetName(SuspensionTarget target) => target == SuspensionTarget.Rule ? "rule" : "list";

    public static SuspensionDto None(SuspensionTarget target, string code) =>
        new(TargetName(target), code, false, null, null, null, null, null, null, null, null, 0);

    public static SuspensionDto From(Suspension s) => new(
        TargetName(s.Target),
        s.Code,
        s.InForce,
        s.Reason,
        new OverseerDto(s.SuspendedByName, s.SuspendedByDepartment, s.SuspendedByAuthority),
        s.SuspendedAt,
        s.LiftProposedByName,
        s.LiftProposedAt,
        s.LiftNote,
        s.LiftedByName,
        s.LiftedAt,
        s.SubjectsNotified);
}
