using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Domain.Tests.Appeals;

/// <summary>Deadlines over the State Council's 2026 schedule: holidays skipped, weekend days worked in exchange counted.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar NationalDay2026 = WorkingCalendar.From(
    [
        .. Enumerable.Range(1, 7).Select(d => CalendarDay.Create(new DateOnly(2026, 10, d), CalendarDayKind.Holiday, "国庆节", "National Day")),
        .. new[] { 25, 26, 27 }.Select(d => CalendarDay.Create(new DateOnly(2026, 9, d), CalendarDayKind.Holiday, "中秋节", "Mid-Autumn Festival")),
        CalendarDay.Create(new DateOnly(2026, 9, 20), CalendarDayKind.WorkingDay, "国庆节调休上班", "Worked for National Day"),
        CalendarDay.Create(new DateOnly(2026, 10, 10), CalendarDayKind.WorkingDay, "国庆节调休上班", "Worked for National Day"),
    ]);

    [Fact]
    public void AddWorkingDays_AcrossTheNationalDayWeek_SkipsTheHolidaysAndCountsTheWorkedSaturday()
    {
        // From Monday 28 September: 29, 30 September; 8, 9, 10 (a Saturday worked), 12–16, 19–23 October.
        NationalDay2026.AddWorkingDays(new DateOnly(2026, 9, 28), 15).ShouldBe(new DateOnly(2026, 10, 23));
        WorkingCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 9, 28), 15).ShouldBe(new DateOnly(2026, 10, 19));
    }

    [Fact]
    public void IsWorkingDay_WhenASundayIsWorkedInExchange_IsTrueAndTheHolidayWeekdayIsNot()
    {
        NationalDay2026.IsWorkingDay(new DateOnly(2026, 9, 20)).ShouldBeTrue();
        NationalDay2026.IsWorkingDay(new DateOnly(2026, 10, 1)).ShouldBeFalse();
        NationalDay2026.IsWorkingDay(new DateOnly(2026, 9, 25)).ShouldBeFalse();
    }

    [Fact]
    public void DeadlineAfter_CountsFromTheDayItIsInTheJurisdictionsZone()
    {
        // 20:00 UTC on Sunday 27 September is already Monday 28 September in China Standard Time.
        var start = new DateTimeOffset(2026, 9, 27, 20, 0, 0, TimeSpan.Zero);

        var due = NationalDay2026.DeadlineAfter(start, 15, WorkingCalendar.ChinaStandardTime);

        due.ShouldBe(new DateTimeOffset(2026, 10, 23, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Create_WhenAWeekdayIsMadeAWorkingDay_Refuses() =>
        Should.Throw<ArgumentException>(() => CalendarDay.Create(new DateOnly(2026, 10, 8), CalendarDayKind.WorkingDay, "x", "x"));
}
