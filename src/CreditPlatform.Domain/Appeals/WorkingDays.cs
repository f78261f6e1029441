namespace CreditPlatform.Domain.Appeals;

/// <summary>
/// Deadlines counted in working days (the court rules' "15 working days"): weekends and the
/// published public holidays don't count; Saturdays and Sundays worked in exchange do.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? workingWeekendDays = null)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays ?? []];
    private readonly HashSet<DateOnly> _workingWeekendDays = [.. workingWeekendDays ?? []];

    public static WorkingCalendar WeekdaysOnly { get; } = new();

    /// <summary>China Standard Time (UTC+8, no daylight saving): the zone of a jurisdiction that names none.</summary>
    public static TimeZoneInfo ChinaStandardTime { get; } = FindZone("Asia/Shanghai")
        ?? TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    /// <summary>The calendar the listed days describe.</summary>
    public static WorkingCalendar From(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        return new WorkingCalendar(
            list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Day),
            list.Where(d => d.Kind == CalendarDayKind.WorkingDay).Select(d => d.Day));
    }

    /// <summary>The zone with this IANA id, or null when the machine does not know it.</summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workingWeekendDays.Contains(day)
        || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The last second of the deadline day in the jurisdiction's zone (China Standard Time by default): the day
    /// <paramref name="workingDays"/> working days after the day <paramref name="start"/> falls on there.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays, TimeZoneInfo? zone = null)
    {
        zone ??= ChinaStandardTime;
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var end = AddWorkingDays(DateOnly.FromDateTime(local.DateTime), workingDays).ToDateTime(new TimeOnly(23, 59, 59));
        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }
}
