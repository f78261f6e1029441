using CreditPlatform.Domain.Oversight;
using FluentValidation;

namespace CreditPlatform.Application.Oversight.ActBelow;

public sealed class ActBelowValidator : AbstractValidator<ActBelow>
{
    public ActBelowValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Text).MaximumLength(Suspension.ReasonMaxLength);
        RuleFor(c => c.Text).NotEmpty().When(c => c.Action == OversightAction.Suspend)
            .WithErrorCode(OversightErrorCodes.SuspensionReasonRequired).WithMessage("Give the reason for the suspension: the jurisdiction and the subjects concerned are told it.");
    }
}
