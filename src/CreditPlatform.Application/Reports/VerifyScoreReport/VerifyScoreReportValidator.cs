using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Reports;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Reports.VerifyScoreReport;

public sealed class VerifyScoreReportValidator : AbstractValidator<VerifyScoreReport>
{
    public VerifyScoreReportValidator() =>
        RuleFor(x => x.Code).NotEmpty().WithErrorCode(ReportErrorCodes.ReportCodeRequired).WithMessage("Enter the code printed on the report.")
            .MaximumLength(40).WithErrorCode(ReportErrorCodes.ReportCodeShape).WithMessage("A report code has 16 letters and digits.");
}
