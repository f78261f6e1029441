using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.RejectRule;

public sealed class RejectRuleValidator : AbstractValidator<RejectRule>
{
    public RejectRuleValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(RuleErrorCodes.RejectionReasonRequired).WithMessage("Say why the draft is rejected: the drafter reads it.")
            .MaximumLength(RuleVersion.ReasonMaxLength);
    }
}
