using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Application.Appeals.Calendar;

/// <summary>One listed day of the working calendar: <c>holiday</c> or <c>workingDay</c> (a weekend day worked).</summary>
public sealed record CalendarDayDto(DateOnly Day, string Kind, string NameZh, string NameEn)
{
    public static CalendarDayDto From(CalendarDay d) => new(d.Day, ApiNames.Of(d.Kind), d.NameZh, d.NameEn);
}
