namespace CreditPlatform.Domain.Appeals;

/// <summary>
/// Deadlines counted in working days (the court rules' "15 working days"): weekends and the
/// jurisdiction's published holidays don't count. Adjusted working Saturdays can be listed too.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? workingWeekendDays = null)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays ?? []];
    private readonly HashSet<DateOnly> _workingWeekendDays = [.. workingWeekendDays ?? []];

    public static WorkingCalendar WeekdaysOnly { get; } = new();

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

    /// <summary>The end of the deadline day in the jurisdiction's offset (China Standard Time by default).</summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays, TimeSpan? offset = null)
    {
        var local = start.ToOffset(offset ?? ChinaStandardTime);
        var day = AddWorkingDays(DateOnly.FromDateTime(local.DateTime), workingDays);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), offset ?? ChinaStandardTime);
    }

    public static TimeSpan ChinaStandardTime { get; } = TimeSpan.FromHours(8);
}
