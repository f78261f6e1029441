using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.PreviewEvent;

public sealed class PreviewEventValidator : AbstractValidator<PreviewEvent>
{
    public PreviewEventValidator(TimeProvider clock) =>
        RuleFor(x => x.Input).NotNull().Custom((input, ctx) =>
        {
            if (input is null)
            {
                return;
            }

            if (input.SubjectId is null)
            {
                ctx.Fail("subjectId", GatheringErrorCodes.ResidentRequired, "Choose the resident first.");
                return;
            }

            foreach (var (field, error) in EventInputCheck.Problems(input, keyRequired: false, clock.GetUtcNow()))
            {
                ctx.Fail(field, error.Code, error.Message);
            }
        });
}
