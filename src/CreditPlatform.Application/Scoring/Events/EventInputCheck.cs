using System.Globalization;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Events;

/// <summary>
/// What can be said about an event without the database. Shared by the single endpoint's validator (a 400 with
/// field errors) and the batch (an error on that item while the others go through), so both refuse alike.
/// </summary>
public static class EventInputCheck
{
    /// <summary>Clocks of external systems drift; an event a little ahead of ours is not "in the future".</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static IEnumerable<(string Field, ScoringError Error)> Problems(EventInput? input, bool keyRequired, DateTimeOffset now)
    {
        if (input is null)
        {
            yield return ("event", new ScoringError(EventErrorCodes.EventRequired, "This item is empty: send an event object."));
            yield break;
        }

        if (input.SubjectId is null == string.IsNullOrWhiteSpace(input.Identifier))
        {
            yield return ("subjectId", new ScoringError(EventErrorCodes.SubjectRequired, "Name the subject by subjectId or by identifier, exactly one of them."));
        }

        if (string.IsNullOrWhiteSpace(input.RuleCode))
        {
            yield return ("ruleCode", new ScoringError(EventErrorCodes.RuleCodeRequired, "Name the rule the event falls under."));
        }

        if (input.OccurredAt is not { } occurredAt)
        {
            yield return ("occurredAt", new ScoringError(EventErrorCodes.OccurredAtRequired, "Say when the event happened."));
        }
        else if (occurredAt > now + ClockTolerance)
        {
            yield return ("occurredAt", new ScoringError(EventErrorCodes.OccurredInFuture, "An event cannot be recorded before it happens."));
        }

        if (keyRequired && string.IsNullOrWhiteSpace(input.IdempotencyKey))
        {
            yield return ("idempotencyKey", new ScoringError(EventErrorCodes.IdempotencyKeyRequired, "Every event of a batch needs an idempotencyKey, so a retry cannot count it twice."));
        }

        foreach (var problem in Lengths(input))
        {
            yield return problem;
        }
    }

    private static IEnumerable<(string Field, ScoringError Error)> Lengths(EventInput input)
    {
        var limits = new (string Field, string? Value, int Max)[]
        {
            ("identifier", input.Identifier, 32),
            ("ruleCode", input.RuleCode, RuleVersion.CodeMaxLength),
            ("evidence", input.Evidence, CreditEvent.EvidenceMaxLength),
            ("documentNumber", input.DocumentNumber, CreditEvent.DocumentNumberMaxLength),
            ("idempotencyKey", input.IdempotencyKey, CreditEvent.IdempotencyKeyMaxLength),
        };
        foreach (var (field, value, max) in limits)
        {
            if (value is { Length: var length } && length > max)
            {
                yield return (field, new ScoringError(EventErrorCodes.TooLong,
                    string.Create(CultureInfo.InvariantCulture, $"{field} may be at most {max} characters long.")));
            }
        }
    }
}
