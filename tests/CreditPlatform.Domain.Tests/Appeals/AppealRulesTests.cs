using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Domain.Tests.Appeals;

public sealed class AppealRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(1, 3)]   // Monday + 1 working day = Tuesday
    [InlineData(5, 9)]   // = next Monday
    [InlineData(15, 23)] // three full weeks
    [InlineData(0, 2)]
    public void AddWorkingDays_SkipsWeekends(int days, int expectedDayOfMarch) =>
        WorkingCalendar.WeekdaysOnly.AddWorkingDays(DateOnly.FromDateTime(Monday.DateTime), days)
            .ShouldBe(new DateOnly(2026, 3, expectedDayOfMarch));

    [Fact]
    public void AddWorkingDays_WhenHolidayFalls_SkipsIt()
    {
        var calendar = new WorkingCalendar(holidays: [new DateOnly(2026, 3, 3)]);

        calendar.AddWorkingDays(new DateOnly(2026, 3, 2), 1).ShouldBe(new DateOnly(2026, 3, 4));
    }

    [Fact]
    public void AddWorkingDays_WhenSaturdayIsAdjustedWorkingDay_CountsIt()
    {
        var calendar = new WorkingCalendar(workingWeekendDays: [new DateOnly(2026, 3, 7)]);

        calendar.AddWorkingDays(new DateOnly(2026, 3, 6), 1).ShouldBe(new DateOnly(2026, 3, 7));
    }

    [Fact]
    public void DeadlineAfter_EndsAtTheEndOfTheLocalDay()
    {
        var due = WorkingCalendar.WeekdaysOnly.DeadlineAfter(Monday, 15);

        due.ShouldBe(new DateTimeOffset(2026, 3, 23, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void AppealWindow_IsOpenUntilItsLastMoment(int daysLater, bool open) =>
        new AppealWindow(Monday, 15).IsOpenAt(Monday.AddDays(daysLater)).ShouldBe(open);

    [Fact]
    public void AppealWindow_ReopenedAt_CountsFromALaterSuspensionOnly()
    {
        var window = new AppealWindow(Monday, 15);

        window.ReopenedAt(Monday.AddDays(40)).ClosesAt.ShouldBe(Monday.AddDays(55));
        window.ReopenedAt(Monday.AddDays(-3)).ShouldBe(window);
        window.ReopenedAt(null).ShouldBe(window);
    }

    [Fact]
    public void SeparationOfDuties_WhenReviewerRecordedTheEntry_Refuses()
    {
        SeparationOfDuties.Check("user:a", "user:a").ShouldNotBeNull();
        SeparationOfDuties.Check("user:a", "user:b").ShouldBeNull();
    }

    [Fact]
    public void RepairEligibility_BeforeMinimumPeriod_SaysWhen()
    {
        var reason = RepairEligibility.Check(Monday, 90, Monday.AddDays(89), obligationPerformed: true, commitmentGiven: true);

        reason.ShouldNotBeNull();
        reason.ShouldContain("2026-05-31");
    }

    [Theory]
    [InlineData(false, true, "obligation")]
    [InlineData(true, false, "commitment")]
    public void RepairEligibility_WhenConditionMissing_NamesIt(bool performed, bool committed, string expected) =>
        RepairEligibility.Check(Monday, 90, Monday.AddDays(100), performed, committed)!.ShouldContain(expected);

    [Fact]
    public void RepairEligibility_WhenAllMet_Allows() =>
        RepairEligibility.Check(Monday, 90, Monday.AddDays(90), true, true).ShouldBeNull();
}
