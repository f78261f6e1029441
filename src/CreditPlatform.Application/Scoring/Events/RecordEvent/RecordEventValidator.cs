using CreditPlatform.Application.Common.Validation;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Events.RecordEvent;

public sealed class RecordEventValidator : AbstractValidator<RecordEvent>
{
    public RecordEventValidator(TimeProvider clock) =>
        RuleFor(x => x.Input).NotNull().Custom((input, ctx) =>
        {
            if (input is null)
            {
                return;
            }

            foreach (var (field, error) in EventInputCheck.Problems(input, keyRequired: false, clock.GetUtcNow()))
            {
                ctx.Fail(field, error.Code, error.Message);
            }
        });
}
