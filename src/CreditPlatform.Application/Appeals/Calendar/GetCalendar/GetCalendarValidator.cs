using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar.GetCalendar;

public sealed class GetCalendarValidator : AbstractValidator<GetCalendar>
{
    public GetCalendarValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithErrorCode(AppealErrorCodes.CalendarYearOutOfRange).WithMessage("Give a year between 2000 and 2100.");
}
