using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.Calendar;

/// <summary>The holidays and worked weekend days of one year, in date order.</summary>
public sealed record GetCalendar(int Year) : IRequest<IReadOnlyList<CalendarDayDto>>;

public sealed class GetCalendarValidator : AbstractValidator<GetCalendar>
{
    public GetCalendarValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Give a year between 2000 and 2100.");
}

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
