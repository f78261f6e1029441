using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Simulations;

/// <summary>A past event as the replay reads it. A struct because a simulation streams a million of them.</summary>
public readonly record struct SimulatedEvent(
    Guid SubjectId,
    SubjectKind Kind,
    string RuleCode,
    int RuleVersion,
    DateTimeOffset OccurredAt,
    decimal? Quantity,
    string? DocumentNumber,
    string? Department);
