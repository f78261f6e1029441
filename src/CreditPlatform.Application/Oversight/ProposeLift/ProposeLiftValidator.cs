using CreditPlatform.Domain.Oversight;
using FluentValidation;

namespace CreditPlatform.Application.Oversight.ProposeLift;

public sealed class ProposeLiftValidator : AbstractValidator<ProposeLift>
{
    public ProposeLiftValidator()
    {
        RuleFor(c => c.Note).MaximumLength(Suspension.ReasonMaxLength);
        RuleFor(c => c.Code).NotEmpty().MaximumLength(64);
    }
}
