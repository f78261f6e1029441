using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Guardrails.Platform;

/// <param name="Status">"proposed", "active", "superseded" or "rejected".</param>
public sealed record PlatformGuardrailVersionDto(
    int Version,
    string Status,
    GuardrailSetDto Limits,
    string? Note,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason)
{
    public static PlatformGuardrailVersionDto From(PlatformGuardrailVersion v) => new(
        v.Version,
        v.Status.ToString().ToLowerInvariant(),
        GuardrailSetDto.From(v.Limits with { Name = GuardrailChecker.PlatformSource }),
        v.Note,
        v.ProposedBy,
        v.ProposedAt,
        v.DecidedBy,
        v.DecidedAt,
        v.RejectionReason);
}

/// <summary>The version in force, the proposal awaiting a second administrator (if any), and every version, newest first.</summary>
public sealed record PlatformGuardrailsDto(PlatformGuardrailVersionDto? Active, PlatformGuardrailVersionDto? Proposed, IReadOnlyList<PlatformGuardrailVersionDto> Versions);
