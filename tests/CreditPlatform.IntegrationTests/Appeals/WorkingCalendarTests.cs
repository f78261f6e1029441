using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Decision deadlines count working days as the State Council's schedule has them, kept by platform administrators.</summary>
public sealed class WorkingCalendarTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    private async Task<DateTimeOffset> DecisionDueOfAnAppealFiledAtAsync(DateTimeOffset filedAt)
    {
        host.Clock.AdjustTime(filedAt);
        using var official = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "appeals:write", "subjects:write", "subjects:read"));
        var subject = await official.EnrolAsync();
        var entry = AppealsApi.EntryId(await official.RecordAsync(subject, "CONTRACT_BREACH", filedAt.AddDays(-1)));
        using var filed = await AppealsApi.FileAsync(official, ledgerEntryId: entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        return (await filed.ReadJsonAsync()).GetProperty("decisionDue").GetDateTimeOffset();
    }

    [Fact]
    public async Task FileAppeal_WhenFiledBeforeTheNationalDayWeek_IsDueFifteenWorkingDaysLaterAsTheScheduleCountsThem()
    {
        // Monday 28 September 2026, 10:00 in Beijing: the holidays of 1–7 October do not count, Saturday 10 October does.
        var due = await DecisionDueOfAnAppealFiledAtAsync(new DateTimeOffset(2026, 9, 28, 2, 0, 0, TimeSpan.Zero));

        due.ShouldBe(new DateTimeOffset(2026, 10, 23, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task SetCalendarDay_WhenAPlatformAdministratorListsAHoliday_MovesTheDeadlinesAfterIt()
    {
        using var platform = host.Factory.ApiClient();
        var mondayNov30 = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
        (await DecisionDueOfAnAppealFiledAtAsync(mondayNov30)).ShouldBe(new DateTimeOffset(2026, 12, 21, 23, 59, 59, TimeSpan.FromHours(8)));

        using var set = await platform.PutAsJsonAsync("/api/v1/calendar/2026-12-03", new { kind = "holiday", nameZh = "测试假日", nameEn = "Test holiday" });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());

        (await DecisionDueOfAnAppealFiledAtAsync(mondayNov30)).ShouldBe(new DateTimeOffset(2026, 12, 22, 23, 59, 59, TimeSpan.FromHours(8)));
        var year = await platform.GetFromJsonAsync<List<CalendarDay>>("/api/v1/calendar?year=2026") ?? [];
        year.ShouldContain(new CalendarDay("2026-12-03", "holiday", "测试假日", "Test holiday"));
        year.ShouldContain(new CalendarDay("2026-10-10", "workingDay", "国庆节调休上班", "Worked for National Day"));

        using var removed = await platform.DeleteAsync("/api/v1/calendar/2026-12-03");
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DecisionDueOfAnAppealFiledAtAsync(mondayNov30)).ShouldBe(new DateTimeOffset(2026, 12, 21, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task SetCalendarDay_WhenAJurisdictionsOfficialTries_Returns403()
    {
        using var official = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "appeals:decide"));

        using var refused = await official.PutAsJsonAsync("/api/v1/calendar/2026-12-04", new { kind = "holiday", nameZh = "假", nameEn = "Off" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SetCalendarDay_WhenAWeekdayIsListedAsAWorkingDay_Returns400NamingTheDay()
    {
        using var platform = host.Factory.ApiClient();

        using var refused = await platform.PutAsJsonAsync("/api/v1/calendar/2026-12-08", new { kind = "workingDay", nameZh = "调休", nameEn = "Worked" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Saturday or a Sunday");
    }

    private sealed record CalendarDay(string Day, string Kind, string NameZh, string NameEn);
}
