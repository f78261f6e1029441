using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.DecideAppeal;

public sealed class DecideAppealValidator : AbstractValidator<DecideAppeal>
{
    public DecideAppealValidator()
    {
        RuleFor(x => x.Outcome).Must(o => DecideAppealHandler.ParseOutcome(o) is not null)
            .WithErrorCode(AppealErrorCodes.OutcomeInvalid).WithMessage("Outcome must be \"upheld\", \"partiallyUpheld\" or \"rejected\".");
        RuleFor(x => x.Reasons).NotEmpty().WithErrorCode(AppealErrorCodes.DecisionReasonsRequired).WithMessage("Give written reasons; the subject will read them.")
            .MaximumLength(Appeal.ReasonMaxLength);
        RuleFor(x => x.AdjustedPoints).NotNull().InclusiveBetween(1, 100_000)
            .When(x => DecideAppealHandler.ParseOutcome(x.Outcome) == AppealStatus.PartiallyUpheld)
            .WithErrorCode(AppealErrorCodes.AdjustedPointsRequired).WithMessage("A partly upheld appeal gives back some points: adjustedPoints from 1.");
    }
}
