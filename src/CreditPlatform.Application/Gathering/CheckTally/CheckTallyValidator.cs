using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.CheckTally;

public sealed class CheckTallyValidator : AbstractValidator<CheckTally>
{
    public CheckTallyValidator() =>
        RuleFor(x => x.Rows).NotEmpty().WithErrorCode(GatheringErrorCodes.TallyEmpty).WithMessage("The file has no lines to record.")
            .Must(r => r is null || r.Count <= CheckTally.MaxRows).WithErrorCode(GatheringErrorCodes.TallyTooLarge).WithMessage($"A tally holds at most {CheckTally.MaxRows:N0} lines.");
}
