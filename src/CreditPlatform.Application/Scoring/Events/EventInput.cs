namespace CreditPlatform.Application.Scoring.Events;

/// <summary>One event as a client sends it: the subject by id or by identifier (never both), the rule, when, how much.</summary>
public sealed record EventInput(
    Guid? SubjectId,
    string? Identifier,
    string? RuleCode,
    DateTimeOffset? OccurredAt,
    decimal? Quantity = null,
    string? Evidence = null,
    string? DocumentNumber = null,
    string? IdempotencyKey = null);

/// <summary>Who records events, and through which channel; stamped on every event and entry.</summary>
public sealed record Recorder(string Label, string? Department, Domain.Scoring.EventSource Source);
