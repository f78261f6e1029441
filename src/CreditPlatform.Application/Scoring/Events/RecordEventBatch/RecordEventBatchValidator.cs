using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Scoring.Events.RecordEventBatch;

public sealed class RecordEventBatchValidator : AbstractValidator<RecordEventBatch>
{
    public RecordEventBatchValidator() =>
        RuleFor(x => x.Events)
            .NotEmpty().WithErrorCode(EventErrorCodes.BatchEmpty).WithMessage("Send at least one event.")
            .Must(e => e is null || e.Count <= EventRecorder.MaxBatchSize)
            .WithErrorCode(EventErrorCodes.BatchTooLarge).WithMessage($"A batch holds at most {EventRecorder.MaxBatchSize:N0} events; split larger ones.");
}
