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

namespace CreditPlatform.Application.Appeals.DecideRepair;

public sealed class DecideRepairValidator : AbstractValidator<DecideRepair>
{
    public DecideRepairValidator() =>
        RuleFor(x => x.Reasons).NotEmpty().WithErrorCode(AppealErrorCodes.DecisionReasonsRequired).WithMessage("Give written reasons; the subject will read them.").MaximumLength(Appeal.ReasonMaxLength);
}
