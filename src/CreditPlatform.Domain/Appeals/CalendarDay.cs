namespace CreditPlatform.Domain.Appeals;

/// <summary>What a listed day is, against the plain Monday-to-Friday week.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday, or a weekday given off in the State Council's schedule (放假).</summary>
    Holiday,

    /// <summary>A Saturday or Sunday worked in exchange (调休上班).</summary>
    WorkingDay,
}

/// <summary>
/// One day of the platform's working calendar: the State Council's yearly schedule of public holidays and
/// adjusted working days, shipped for the years published and kept by platform administrators. Every
/// deadline counted in working days reads it.
/// </summary>
public sealed class CalendarDay
{
    public const int NameMaxLength = 100;

    private CalendarDay()
    {
    }

    public DateOnly Day { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    public static CalendarDay Create(DateOnly day, CalendarDayKind kind, string nameZh, string nameEn) =>
        new CalendarDay().Set(day, kind, nameZh, nameEn);

    /// <summary>Changes what the day is (an administrator correcting or extending the schedule).</summary>
    public CalendarDay Set(DateOnly day, CalendarDayKind kind, string nameZh, string nameEn)
    {
        if (kind == CalendarDayKind.WorkingDay && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw new ArgumentException("Only a Saturday or a Sunday can be made a working day; weekdays are working days already.", nameof(kind));
        }

        (Day, Kind, NameZh, NameEn) = (day, kind, nameZh.Trim(), nameEn.Trim());
        return this;
    }
}
