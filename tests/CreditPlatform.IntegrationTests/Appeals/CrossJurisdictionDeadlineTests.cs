using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>
/// Deadlines across jurisdictions on set days of the calendar: the issuer's working days (and each list's own number of
/// them) across the National Day week, escalation's new deadline on the parent's calendar, and reports verified after a
/// later listing. Its own host, because these tests set the clock to fixed days.
/// </summary>
public sealed class CrossJurisdictionDeadlineTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    private const string Home = "rongcheng";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private sealed record Resident(HttpClient Home, Guid Subject, string Identifier) : IDisposable
    {
        public void Dispose() => Home.Dispose();
    }

    private async Task<Resident> ResidentAsync()
    {
        var home = host.Factory.ApiClient(await host.Factory.CreateKeyAsync(Home, "subjects:write", "subjects:read", "appeals:write", "appeals:decide"));
        var identifier = TestIdentifiers.Person();
        using var enrolled = await home.PostAsJsonAsync($"/api/v1/tenants/{Home}/subjects", new { kind = "person", identifier, name = "王测试" });
        enrolled.StatusCode.ShouldBe(HttpStatusCode.Created, await enrolled.Content.ReadAsStringAsync());
        return new Resident(home, (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid(), identifier);
    }

    private async Task<Guid> ListedBySpcAsync(string identifier)
    {
        using var platform = host.Factory.ApiClient();
        var listed = await ListsApi.ListAsync(platform, "spc", "COURT_DEFAULTERS", identifier);
        return listed.GetProperty("id").GetGuid();
    }

    private Task<int> RelayAsync() => AppealsApi.RunJobAsync(host.Factory, NationalNoticeRelayJob.JobName);

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task FileAppeal_WhenFiledFromHomeBeforeNationalDay_IsDueOnTheIssuersFifteenthWorkingDay()
    {
        host.Clock.AdjustTime(new DateTimeOffset(2026, 9, 28, 2, 0, 0, TimeSpan.Zero));
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);
        await RelayAsync();

        using var filed = await AppealsApi.FileAsync(resident.Home, listEntryId: entry, tenant: Home);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        // 1–7 October are holidays, Saturday 10 October is worked: the fifteenth working day is Friday 23 October.
        (await filed.ReadJsonAsync()).GetProperty("decisionDue").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 10, 23, 23, 59, 59, Beijing));
    }

    [Fact]
    public async Task FileAppeal_WhenTheListSetsItsOwnDecisionDays_CountsThoseWorkingDaysAcrossTheHolidays()
    {
        host.Clock.AdjustTime(new DateTimeOffset(2026, 9, 28, 2, 0, 0, TimeSpan.Zero));
        using var platform = host.Factory.ApiClient();
        var code = ListsApi.NewCode("FAST");
        using var created = await ListsApi.PublishAsync(platform, "spc", new
        {
            code, name = "测试名单 Quick list", kind = "black", sector = "court", scope = "national", legalBasis = "Test regulation, Art. 1",
            defaultDurationDays = 365, maximumDurationDays = 730, legalRepresentative = "none", measures = new[] { "LOAN" }, decisionWorkingDays = 5,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        using var list = await platform.GetAsync($"/api/v1/tenants/spc/lists/{code}");
        (await list.ReadJsonAsync()).GetProperty("decisionWorkingDays").GetInt32().ShouldBe(5);
        using var resident = await ResidentAsync();
        var entry = (await ListsApi.ListAsync(platform, "spc", code, resident.Identifier)).GetProperty("id").GetGuid();

        using var filed = await AppealsApi.FileAsync(resident.Home, listEntryId: entry, tenant: Home);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        // 29 and 30 September, then 8, 9 and Saturday 10 October (worked in exchange for the holidays).
        (await filed.ReadJsonAsync()).GetProperty("decisionDue").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 10, 10, 23, 59, 59, Beijing));
    }

    [Fact]
    public async Task EscalationJob_WhenMajiaMissesTheDeadline_HandsTheAppealToRongchengsOfficialsAloneWithANewWorkingDayDeadline()
    {
        host.Clock.AdjustTime(new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero));
        using var village = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "events:write", "appeals:write", "appeals:decide", "subjects:write", "subjects:read"));
        var subject = await village.EnrolAsync("majia");
        var ledgerEntry = AppealsApi.EntryId(await village.RecordAsync(subject, "LITTERING", host.Clock.GetUtcNow().AddDays(-1), tenant: "majia"));
        using var filed = await AppealsApi.FileAsync(village, ledgerEntryId: ledgerEntry, tenant: "majia");
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var parent = host.Factory.ApiClient(await host.Factory.CreateKeyAsync(Home, "appeals:decide"));
        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("samr", "appeals:decide"));
        (await GetJsonAsync(parent, $"/api/v1/tenants/{Home}/appeals?open=false")).EnumerateArray()
            .ShouldNotContain(a => a.GetProperty("id").GetGuid() == appeal);

        // Monday 28 September, past the deadline of 22 September: the new one counts across the National Day week.
        host.Clock.AdjustTime(new DateTimeOffset(2026, 9, 28, 2, 0, 0, TimeSpan.Zero));
        await AppealsApi.RunJobAsync(host.Factory, "appeal-escalation");

        var handed = (await GetJsonAsync(parent, $"/api/v1/tenants/{Home}/appeals")).EnumerateArray()
            .Where(a => a.GetProperty("keptBy").ValueKind == JsonValueKind.String).ToList();
        handed.ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(appeal);
        handed[0].GetProperty("status").GetString().ShouldBe("escalated");
        handed[0].GetProperty("decisionDue").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 10, 23, 23, 59, 59, Beijing));
        (await GetJsonAsync(other, "/api/v1/tenants/samr/appeals")).EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetGuid() == appeal);

        using var byTheVillage = await AppealsApi.DecideAsync(village, appeal, "upheld", tenant: "majia");
        using var byAStranger = await AppealsApi.DecideAsync(other, appeal, "upheld", tenant: "samr");
        byTheVillage.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await byTheVillage.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("appeal_escalated");
        byAStranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var byTheParent = await AppealsApi.DecideAsync(parent, appeal, "upheld", tenant: Home);

        byTheParent.StatusCode.ShouldBe(HttpStatusCode.OK, await byTheParent.Content.ReadAsStringAsync());
        (await AppealsApi.AppealAsync(village, appeal, "majia")).GetProperty("status").GetString().ShouldBe("upheld");
        var notices = (await AppealsApi.NotificationsAsync(village, subject, "majia")).EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        notices.ShouldContain("appealEscalated");
        notices.ShouldContain("appealDecision");
    }

    /// <summary>The office notices about one appeal that a jurisdiction sees, read as the application role under its own tenant.</summary>
    private async Task<List<(string Kind, string TitleZh, string TitleEn, string BodyEn)>> OfficeNoticesAsync(string tenant, Guid appeal)
    {
        var tenantId = await host.Factory.TenantIdAsync(tenant);
        await using var app = host.Factory.OpenAppRoleConnection();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", app) { Parameters = { new() { Value = tenantId.ToString() } } })
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var select = new NpgsqlCommand("SELECT kind, title_zh, title_en, body_en FROM office_notices WHERE appeal_id = $1 ORDER BY created_at", app) { Parameters = { new() { Value = appeal } } };
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<(string, string, string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>The kinds of the office notices about <paramref name="appeal"/> on an official's dashboard.</summary>
    private async Task<List<string>> DashboardNoticeKindsAsync(string user, Guid appeal)
    {
        using var official = await host.Factory.SignedInClientAsync(user);
        var html = await official.GetStringAsync("/admin");
        html.ShouldContain("id=\"office-notices\"");
        return [.. html.Split("<li data-kind=\"").Skip(1).Where(item => item.Contains(appeal.ToString(), StringComparison.Ordinal)).Select(item => item[..item.IndexOf('"', StringComparison.Ordinal)])];
    }

    /// <summary>Calls the parent-inbox function as the application role under <paramref name="tenant"/>: the rows it wrote.</summary>
    private async Task<int> NoticeToParentAsync(string tenant, Guid appeal)
    {
        var tenantId = await host.Factory.TenantIdAsync(tenant);
        await using var app = host.Factory.OpenAppRoleConnection();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", app) { Parameters = { new() { Value = tenantId.ToString() } } })
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var call = new NpgsqlCommand("SELECT office_notice_to_parent($1, gen_random_uuid(), 'x', 'x', 'x', 'x', now())", app) { Parameters = { new() { Value = appeal } } };
        return (int)(await call.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task EscalationJob_WhenMajiaMissesTheDeadline_TellsBothOfficesEachInItsOwnInboxOnly()
    {
        host.Clock.AdjustTime(new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero));
        using var village = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "events:write", "appeals:write", "appeals:decide", "subjects:write", "subjects:read"));
        var subject = await village.EnrolAsync("majia");
        var ledgerEntry = AppealsApi.EntryId(await village.RecordAsync(subject, "LITTERING", host.Clock.GetUtcNow().AddDays(-1), tenant: "majia"));
        using var filed = await AppealsApi.FileAsync(village, ledgerEntryId: ledgerEntry, tenant: "majia");
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var filedAppeal = await filed.ReadJsonAsync();
        var appeal = filedAppeal.GetProperty("id").GetGuid();
        var missed = filedAppeal.GetProperty("decisionDue").GetDateTimeOffset().ToOffset(Beijing).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await OfficeNoticesAsync("majia", appeal)).ShouldBeEmpty();

        host.Clock.AdjustTime(new DateTimeOffset(2026, 9, 28, 2, 0, 0, TimeSpan.Zero));
        await AppealsApi.RunJobAsync(host.Factory, "appeal-escalation");

        var handedOn = (await OfficeNoticesAsync("majia", appeal)).ShouldHaveSingleItem();
        handedOn.Kind.ShouldBe("appeal-handed-on");
        handedOn.TitleEn.ShouldContain($"after the deadline {missed}");
        handedOn.TitleZh.ShouldContain(missed);
        handedOn.BodyEn.ShouldContain(appeal.ToString());
        var parent = (await OfficeNoticesAsync(Home, appeal)).ShouldHaveSingleItem();
        parent.Kind.ShouldBe("appeal-received");
        parent.TitleEn.ShouldBe("Appeal handed to you, decide by 2026-10-23");
        parent.TitleZh.ShouldContain("2026-10-23");
        (await OfficeNoticesAsync("samr", appeal)).ShouldBeEmpty();

        // The function writes only for the jurisdiction that keeps the appeal: a stranger or the parent itself gets nothing in.
        (await NoticeToParentAsync("samr", appeal)).ShouldBe(0);
        (await NoticeToParentAsync(Home, appeal)).ShouldBe(0);

        (await DashboardNoticeKindsAsync("mj.official", appeal)).ShouldBe(["appeal-handed-on"]);
        (await DashboardNoticeKindsAsync("rc.official", appeal)).ShouldBe(["appeal-received"]);

        // Running again hands nothing on twice, so neither inbox gets a second notice.
        await AppealsApi.RunJobAsync(host.Factory, "appeal-escalation");
        (await OfficeNoticesAsync("majia", appeal)).Count.ShouldBe(1);
        (await OfficeNoticesAsync(Home, appeal)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task VerifyScoreReport_WhenANationalListingCameAfterTheReport_SaysTheStatusChangedSince()
    {
        // Later than any day the other tests of this class set, so only this test's listing comes after the report.
        host.Clock.AdjustTime(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var code = await Reports.ScoreReportClient.IssueAsync(host.Factory);
        var (_, before) = await Reports.ScoreReportClient.VerifyAsync(host.Factory, code);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var platform = host.Factory.ApiClient();

        await ListsApi.ListAsync(platform, "mohrss", "WAGE_ARREARS", "11010519491231002X", name: "张伟");

        var (_, after) = await Reports.ScoreReportClient.VerifyAsync(host.Factory, code);
        before.GetProperty("listingChangedSince").GetBoolean().ShouldBeFalse();
        after.GetProperty("listingChangedSince").GetBoolean().ShouldBeTrue();
        after.GetProperty("status").GetString().ShouldBe("valid");
    }
}
