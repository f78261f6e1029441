using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using Mediator;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar;

/// <summary>Lists a day as a holiday or as a weekend day worked (a new year's schedule, or a correction); audited.</summary>
public sealed record SetCalendarDay(DateOnly Day, string? Kind, string? NameZh, string? NameEn) : ICommand<CalendarDayDto>;

public sealed class SetCalendarDayValidator : AbstractValidator<SetCalendarDay>
{
    public SetCalendarDayValidator()
    {
        RuleFor(x => x.Kind).Must(k => ApiNames.Parse<CalendarDayKind>(k) is not null)
            .WithMessage("The kind is holiday or workingDay.");
        RuleFor(x => x).Must(x => ApiNames.Parse<CalendarDayKind>(x.Kind) != CalendarDayKind.WorkingDay || x.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .WithName("day").WithMessage("Only a Saturday or a Sunday can be listed as a working day; weekdays are working days already.");
        RuleFor(x => x.NameZh).NotEmpty().WithMessage("Name the day in Chinese (春节, 国庆节调休上班...).").MaximumLength(CalendarDay.NameMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().WithMessage("Name the day in English.").MaximumLength(CalendarDay.NameMaxLength);
    }
}

public sealed class SetCalendarDayHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<SetCalendarDay, CalendarDayDto>
{
    public async ValueTask<CalendarDayDto> Handle(SetCalendarDay request, CancellationToken cancellationToken)
    {
        actor.EnsurePlatform("the working calendar");
        var kind = ApiNames.Parse<CalendarDayKind>(request.Kind)!.Value;
        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Day == request.Day, cancellationToken);
        if (day is null)
        {
            day = CalendarDay.Create(request.Day, kind, request.NameZh!, request.NameEn!);
            db.Set<CalendarDay>().Add(day);
        }
        else
        {
            day.Set(request.Day, kind, request.NameZh!, request.NameEn!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CalendarDayDto.From(day);
    }
}

/// <summary>Takes a day off the schedule: it counts as its weekday or weekend again.</summary>
public sealed record RemoveCalendarDay(DateOnly Day) : ICommand<bool>;

public sealed class RemoveCalendarDayHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<RemoveCalendarDay, bool>
{
    public async ValueTask<bool> Handle(RemoveCalendarDay request, CancellationToken cancellationToken)
    {
        actor.EnsurePlatform("the working calendar");
        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Day == request.Day, cancellationToken);
        if (day is null)
        {
            return false;
        }

        db.Set<CalendarDay>().Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

