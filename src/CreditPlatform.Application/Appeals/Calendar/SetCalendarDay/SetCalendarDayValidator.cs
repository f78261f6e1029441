using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar.SetCalendarDay;

public sealed class SetCalendarDayValidator : AbstractValidator<SetCalendarDay>
{
    public SetCalendarDayValidator()
    {
        RuleFor(x => x.Kind).Must(k => ApiNames.Parse<CalendarDayKind>(k) is not null)
            .WithErrorCode(AppealErrorCodes.CalendarDayKindInvalid).WithMessage("The kind is holiday or workingDay.");
        RuleFor(x => x).Must(x => ApiNames.Parse<CalendarDayKind>(x.Kind) != CalendarDayKind.WorkingDay || x.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .WithName("day").WithErrorCode(AppealErrorCodes.WorkingDayNotWeekend).WithMessage("Only a Saturday or a Sunday can be listed as a working day; weekdays are working days already.");
        RuleFor(x => x.NameZh).NotEmpty().WithErrorCode(AppealErrorCodes.CalendarDayNameZhRequired).WithMessage("Name the day in Chinese (春节, 国庆节调休上班...).").MaximumLength(CalendarDay.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().WithErrorCode(AppealErrorCodes.CalendarDayNameEnRequired).WithMessage("Name the day in English.").MaximumLength(CalendarDay.NameMaxLength);
    }
}
