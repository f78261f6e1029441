using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar.SetCalendarDay;

/// <summary>Lists a day as a holiday or as a weekend day worked (a new year's schedule, or a correction); audited.</summary>
public sealed record SetCalendarDay(DateOnly Day, string? Kind, string? NameZh, string? NameEn) : ICommand<CalendarDayDto>;

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
