using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar.RemoveCalendarDay;

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
