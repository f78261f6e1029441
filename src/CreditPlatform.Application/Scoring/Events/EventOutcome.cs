using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Events;

public enum EventOutcomeKind
{
    Accepted,

    /// <summary>Its idempotency key was used before (or earlier in the same batch): nothing new was written.</summary>
    Duplicate,

    Rejected,
}

/// <summary>What became of one event of a request.</summary>
/// <param name="EventId">The new event, or for a duplicate the one recorded first (null when that one is in the same batch and was refused).</param>
public sealed record EventOutcome(int Index, EventOutcomeKind Kind, Guid? EventId, LedgerEntry? Entry, IReadOnlyList<ScoringError> Errors)
{
    public static EventOutcome Accepted(int index, Guid eventId, LedgerEntry entry) => new(index, EventOutcomeKind.Accepted, eventId, entry, []);

    public static EventOutcome Duplicate(int index, Guid? eventId) => new(index, EventOutcomeKind.Duplicate, eventId, null, []);

    public static EventOutcome Rejected(int index, IReadOnlyList<ScoringError> errors) => new(index, EventOutcomeKind.Rejected, null, null, errors);

    public static EventOutcome Rejected(int index, ScoringError error) => Rejected(index, [error]);

    /// <summary>The caller sent this key before with another payload: refused, naming the event the key stands for.</summary>
    public static EventOutcome KeyReused(int index, Guid? originalEventId, int? originalIndex = null) => new(
        index, EventOutcomeKind.Rejected, originalEventId, null,
        [new ScoringError(EventErrorCodes.IdempotencyKeyReused, originalEventId is { } id
            ? $"This idempotency key was used before for another event ({id}); send a new key for a new event, or the original payload to retry it."
            : $"This idempotency key is used by item {originalIndex} of this request for another event; give each event its own key.")]);
}

/// <summary>Every event's outcome, in request order, and the scores of the subjects they touched.</summary>
public sealed record RecordingResult(IReadOnlyList<EventOutcome> Outcomes, IReadOnlyDictionary<Guid, SubjectScore> Scores);
