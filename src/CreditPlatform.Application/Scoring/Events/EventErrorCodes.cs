namespace CreditPlatform.Application.Scoring.Events;

/// <summary>
/// Stable codes of event refusals beyond the engine's own (<see cref="Domain.Scoring.ScoringErrorCodes"/>);
/// batch clients branch on them per item.
/// </summary>
public static class EventErrorCodes
{
    public const string EventRequired = "event_required";
    public const string SubjectRequired = "subject_required";
    public const string RuleCodeRequired = "rule_code_required";
    public const string OccurredAtRequired = "occurred_at_required";
    public const string OccurredInFuture = "occurred_in_future";
    public const string IdempotencyKeyRequired = "idempotency_key_required";
    public const string TooLong = "too_long";
    public const string SubjectNotEnrolled = "subject_not_enrolled";
    public const string UnknownRule = "unknown_rule";
    public const string RuleNotInForce = "rule_not_in_force";
    public const string RuleSuspended = "rule_suspended";
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary>A batch without events.</summary>
    public const string BatchEmpty = "batch_empty";

    /// <summary>A batch with more events than one batch holds.</summary>
    public const string BatchTooLarge = "batch_too_large";
}
