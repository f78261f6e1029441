using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Events.RecordEvent;

/// <summary>Record one event. Posting again with the same idempotency key answers with the first result and changes nothing.</summary>
public sealed record RecordEvent(EventInput Input, EventSource Source) : ICommand<RecordedEvent>, ISubjectCommand
{
    public Guid? AuditSubjectId => Input.SubjectId;
}

public sealed record RecordedEntry(Guid Id, int Points, bool Capped);

public sealed record RecordedEvent(Guid EventId, IReadOnlyList<RecordedEntry> Entries, int Score, string? Band) : ISubjectResult
{
    [JsonIgnore]
    public Guid SubjectId { get; init; }

    /// <summary>True when the key had been used before: this is the original result, and nothing was written.</summary>
    [JsonIgnore]
    public bool Replayed { get; init; }
}

public sealed class RecordEventHandler(EventRecorder recorder, IAppDbContext db, ICurrentActor actor)
    : ICommandHandler<RecordEvent, RecordedEvent>
{
    public async ValueTask<RecordedEvent> Handle(RecordEvent request, CancellationToken cancellationToken)
    {
        var result = await recorder.RecordAsync(
            [request.Input], new Recorder(actor.Label, actor.Department, request.Source), keyRequired: false, cancellationToken);
        var outcome = result.Outcomes[0];
        switch (outcome.Kind)
        {
            case EventOutcomeKind.Accepted:
                var entry = outcome.Entry!;
                var score = result.Scores[entry.SubjectId];
                return new RecordedEvent(outcome.EventId!.Value, [new RecordedEntry(entry.Id, entry.Points, entry.Capped)], score.Score, score.Band)
                {
                    SubjectId = entry.SubjectId,
                };
            case EventOutcomeKind.Duplicate:
                return await ReplayAsync(outcome.EventId!.Value, result, cancellationToken);
            default:
                var error = outcome.Errors[0];
                var extensions = new Dictionary<string, object?> { ["errors"] = outcome.Errors };
                if (error.Code == EventErrorCodes.IdempotencyKeyReused)
                {
                    extensions["originalEventId"] = outcome.EventId;
                }

                throw new BusinessRuleException(error.Code, error.Message, extensions);
        }
    }

    private async Task<RecordedEvent> ReplayAsync(Guid eventId, RecordingResult result, CancellationToken ct)
    {
        var original = await db.Set<CreditEvent>().AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        var entries = await db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.EventId == eventId)
            .OrderBy(e => e.Sequence)
            .Select(e => new RecordedEntry(e.Id, e.Points, e.Capped))
            .ToListAsync(ct);
        var current = result.Scores.GetValueOrDefault(original.SubjectId);
        return new RecordedEvent(eventId, entries, original.ScoreAfter ?? current?.Score ?? 0, original.ScoreAfter is null ? current?.Band : original.BandAfter)
        {
            SubjectId = original.SubjectId,
            Replayed = true,
        };
    }
}
