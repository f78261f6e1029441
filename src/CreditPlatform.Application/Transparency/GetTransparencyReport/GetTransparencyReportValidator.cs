using System.Data.Common;
using CreditPlatform.Application.Common.Abstractions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Transparency.GetTransparencyReport;

public sealed class GetTransparencyReportValidator : AbstractValidator<GetTransparencyReport>
{
    public GetTransparencyReportValidator()
    {
        RuleFor(x => x).Must(x => ReportPeriod.IsValid(x.Kind, x.Year, x.Number))
            .OverridePropertyName("period").WithErrorCode(TransparencyErrorCodes.PeriodInvalid).WithMessage("Choose a month (1–12), a quarter (1–4) or a year between 2000 and 2100.");
    }
}
