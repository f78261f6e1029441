using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Ledger.ReverseEntry;

public sealed class ReverseEntryValidator : AbstractValidator<ReverseEntry>
{
    public ReverseEntryValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(SchemeErrorCodes.ReversalReasonRequired).WithMessage("Say why the entry is reversed; the subject will read it.")
            .MaximumLength(LedgerEntry.ReasonMaxLength);
}
