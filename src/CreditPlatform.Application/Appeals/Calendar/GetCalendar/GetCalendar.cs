using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar.GetCalendar;

/// <summary>The holidays and worked weekend days of one year, in date order.</summary>
public sealed record GetCalendar(int Year) : IRequest<IReadOnlyList<CalendarDayDto>>;

public sealed class GetCalendarHandler(IAppDbContext db) : IRequestHandler<GetCalendar, IReadOnlyList<CalendarDayDto>>
{
    public async ValueTask<IReadOnlyList<CalendarDayDto>> Handle(GetCalendar request, CancellationToken cancellationToken)
    {
        var (first, last) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var days = await db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Day >= first && d.Day <= last).OrderBy(d => d.Day).ToListAsync(cancellationToken);
        return days.Select(CalendarDayDto.From).ToList();
    }
}
