using CreditPlatform.Domain.Lists;
using FluentValidation;

namespace CreditPlatform.Application.Lists.RejectListDraft;

public sealed class RejectListDraftValidator : AbstractValidator<RejectListDraft>
{
    public RejectListDraftValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(ListErrorCodes.RejectionReasonRequired).WithMessage("Say why the draft is rejected: the drafter reads it.")
            .MaximumLength(ListDraft.ReasonMaxLength);
    }
}
