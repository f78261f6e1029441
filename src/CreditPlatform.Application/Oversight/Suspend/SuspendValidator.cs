using CreditPlatform.Domain.Oversight;
using FluentValidation;

namespace CreditPlatform.Application.Oversight.Suspend;

public sealed class SuspendValidator : AbstractValidator<Suspend>
{
    public SuspendValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithErrorCode(OversightErrorCodes.SuspensionReasonRequired).WithMessage("Give the reason for the suspension: the jurisdiction and the subjects concerned are told it.")
            .MaximumLength(Suspension.ReasonMaxLength);
        RuleFor(c => c.Code).NotEmpty().MaximumLength(64);
    }
}
