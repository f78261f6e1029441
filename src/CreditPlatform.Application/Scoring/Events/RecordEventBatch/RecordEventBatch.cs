using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Scoring.Events.RecordEventBatch;

/// <summary>
/// Record up to <see cref="EventRecorder.MaxBatchSize"/> events, each with its own idempotency key. Items are checked
/// one by one: a refused item is reported by index and the rest still go through.
/// </summary>
public sealed record RecordEventBatch(IReadOnlyList<EventInput>? Events) : ICommand<BatchResult>
{
    [JsonIgnore]
    public EventSource Source { get; init; } = EventSource.Api;
}

public sealed record RejectedEvent(int Index, IReadOnlyList<ScoringError> Errors);

public sealed record BatchResult(int Accepted, int Duplicates, IReadOnlyList<RejectedEvent> Rejected);

public sealed class RecordEventBatchHandler(EventRecorder recorder, ICurrentActor actor) : ICommandHandler<RecordEventBatch, BatchResult>
{
    public async ValueTask<BatchResult> Handle(RecordEventBatch request, CancellationToken cancellationToken)
    {
        var result = await recorder.RecordAsync(
            request.Events!, new Recorder(actor.Label, actor.Department, request.Source), keyRequired: true, cancellationToken);
        var accepted = 0;
        var duplicates = 0;
        var rejected = new List<RejectedEvent>();
        foreach (var outcome in result.Outcomes)
        {
            switch (outcome.Kind)
            {
                case EventOutcomeKind.Accepted:
                    accepted++;
                    break;
                case EventOutcomeKind.Duplicate:
                    duplicates++;
                    break;
                default:
                    rejected.Add(new RejectedEvent(outcome.Index, outcome.Errors));
                    break;
            }
        }

        return new BatchResult(accepted, duplicates, rejected);
    }
}
