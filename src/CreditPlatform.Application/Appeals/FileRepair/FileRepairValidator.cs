using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.FileRepair;

public sealed class FileRepairValidator : AbstractValidator<FileRepair>
{
    public FileRepairValidator()
    {
        RuleFor(x => x).Must(x => x.LedgerEntryId is null != x.ListEntryId is null)
            .WithName("ledgerEntryId").WithErrorCode(AppealErrorCodes.OneEntryRequired).WithMessage("Name exactly one entry: ledgerEntryId or listEntryId.");
        RuleFor(x => x.Commitment).MaximumLength(RepairRequest.CommitmentMaxLength);
    }
}
