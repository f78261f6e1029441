using CreditPlatform.Domain.Scoring;
using FluentValidation;

namespace CreditPlatform.Application.Scoring.Schemes.RejectSchemeDraft;

public sealed class RejectSchemeDraftValidator : AbstractValidator<RejectSchemeDraft>
{
    public RejectSchemeDraftValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(SchemeErrorCodes.RejectionReasonRequired).WithMessage("Say why the draft is rejected: the drafter reads it.")
            .MaximumLength(SchemeDraft.ReasonMaxLength);
    }
}
