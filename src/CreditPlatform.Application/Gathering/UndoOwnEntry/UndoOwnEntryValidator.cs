using CreditPlatform.Domain.Scoring;
using FluentValidation;

namespace CreditPlatform.Application.Gathering.UndoOwnEntry;

public sealed class UndoOwnEntryValidator : AbstractValidator<UndoOwnEntry>
{
    public UndoOwnEntryValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(GatheringErrorCodes.UndoReasonRequired).WithMessage("Say why the entry is undone; the resident will read it.")
            .MaximumLength(LedgerEntry.ReasonMaxLength);
}
