using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.FileAppeal;

public sealed class FileAppealValidator : AbstractValidator<FileAppeal>
{
    public FileAppealValidator()
    {
        RuleFor(x => x).Must(x => x.LedgerEntryId is null != x.ListEntryId is null)
            .WithName("ledgerEntryId").WithErrorCode(AppealErrorCodes.OneEntryRequired).WithMessage("Name exactly one entry: ledgerEntryId or listEntryId.");
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(AppealErrorCodes.AppealReasonRequired).WithMessage("Say why the entry is wrong; the reviewer reads it.")
            .MaximumLength(Appeal.ReasonMaxLength);
    }
}
