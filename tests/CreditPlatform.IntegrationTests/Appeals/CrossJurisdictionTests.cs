using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>
/// Whoever lists you, you are told at home and answer from home: spc's national listings reach rongcheng's residents,
/// their appeals go from rongcheng to spc, and an appeal a jurisdiction leaves undecided passes to its parent's officials.
/// </summary>
public sealed class CrossJurisdictionTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
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

    private static async Task<List<JsonElement>> NoticesAboutAsync(HttpClient client, Guid subject, Guid entry, string? kind = null) =>
        [.. (await AppealsApi.NotificationsAsync(client, subject, Home)).EnumerateArray()
            .Where(n => n.GetProperty("listEntryId").ValueKind != JsonValueKind.Null && n.GetProperty("listEntryId").GetGuid() == entry)
            .Where(n => kind is null || n.GetProperty("kind").GetString() == kind)];

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<HttpClient> SpcReviewerAsync() => host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "appeals:decide", "appeals:write"));

    [Fact]
    public async Task NationalListSuspension_WhenTheListingAuthorityIsOverruled_TellsTheListedResidentAtHomeWhyAndHowToAskForReview()
    {
        using var resident = await ResidentAsync();
        using var platform = host.Factory.ApiClient();
        var list = await ListsApi.CreateListAsync(platform, "spc", scope: "national");
        var entry = (await ListsApi.ListAsync(platform, "spc", list, resident.Identifier)).GetProperty("id").GetGuid();
        using var admin = await host.Factory.SignedInClientAsync("admin");

        using var suspended = await admin.PostAsJsonAsync($"/api/v1/tenants/spc/lists/{list}/suspension",
            new { reason = "名单超出法定范围 Goes beyond what the law allows" });
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());
        await RelayAsync();
        await RelayAsync();

        var notice = (await NoticesAboutAsync(resident.Home, resident.Subject, entry, "oversightSuspension")).ShouldHaveSingleItem();
        notice.GetProperty("textZh").GetString()!.ShouldContain("名单超出法定范围");
        notice.GetProperty("textEn").GetString()!.ShouldContain("reviewed");
    }

    [Fact]
    public async Task NationalListing_WhenSpcListsAResidentOfRongcheng_TellsThemAtHomeWithTheListDocumentMeasuresAndWayOut()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);

        await RelayAsync();
        await RelayAsync();

        var notice = (await NoticesAboutAsync(resident.Home, resident.Subject, entry, "listing")).ShouldHaveSingleItem();
        var text = notice.GetProperty("textZh").GetString()!;
        text.ShouldContain("(2026)测01执1号");
        text.ShouldContain("失信被执行人名单");
        text.ShouldContain("申诉");
        text.ShouldContain("信用修复");
        notice.GetProperty("textEn").GetString()!.ShouldContain("You may appeal from here");
        notice.GetProperty("legalBasis").GetString().ShouldNotBeNullOrWhiteSpace();
        notice.GetProperty("appealDeadline").GetDateTimeOffset().ShouldBe(host.Clock.GetUtcNow().AddDays(15), TimeSpan.FromSeconds(1));
        notice.GetProperty("textZh").GetString()!.ShouldNotContain(resident.Identifier);
    }

    [Fact]
    public async Task NationalListing_WhenMade_IsOnTheHomeRepairPathAndExplanation()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);

        var path = await GetJsonAsync(resident.Home, $"/api/v1/tenants/{Home}/subjects/{resident.Subject}/repair-path");
        var explanation = await GetJsonAsync(resident.Home, $"/api/v1/tenants/{Home}/subjects/{resident.Subject}/explanation");

        var step = path.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == entry);
        step.GetProperty("kind").GetString().ShouldBe("listing");
        step.GetProperty("earliestRepair").ValueKind.ShouldNotBe(JsonValueKind.Null);
        var listing = explanation.GetProperty("listings").EnumerateArray().Single(l => l.GetProperty("entryId").GetGuid() == entry);
        listing.GetProperty("authority").GetString().ShouldBe("spc");
        listing.GetProperty("documentNumber").GetString().ShouldBe("(2026)测01执1号");
    }

    [Fact]
    public async Task SubjectPage_WhenAResidentIsListedBySpc_ShowsTheHomeOfficialTheNationalEntry()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        var page = await official.GetStringAsync($"/admin/subjects/details/{resident.Subject}");

        page.ShouldContain($"<tr data-entry=\"{entry}\">");
        page.ShouldContain("data-testid=\"national-listing\"");
    }

    [Fact]
    public async Task NationalListing_WhenTheIdentifierIsNotEnrolledInTheJurisdiction_IsNotShownThere()
    {
        using var resident = await ResidentAsync();
        await ListedBySpcAsync(resident.Identifier);
        using var elsewhere = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "subjects:write", "subjects:read"));
        var stranger = await elsewhere.EnrolAsync("majia");

        var path = await GetJsonAsync(elsewhere, $"/api/v1/tenants/majia/subjects/{stranger}/repair-path");
        await RelayAsync();

        path.GetProperty("steps").GetArrayLength().ShouldBe(0);
        (await AppealsApi.NotificationsAsync(elsewhere, stranger, "majia")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task FileAppeal_WhenFiledAtHomeAgainstANationalEntry_IsRoutedToTheIssuerWhoseOfficialsDecideIt()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);
        await RelayAsync();

        using var filed = await AppealsApi.FileAsync(resident.Home, listEntryId: entry, tenant: Home);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var spc = await SpcReviewerAsync();
        var queued = await AppealsApi.AppealAsync(spc, appeal, "spc");
        queued.GetProperty("listEntryId").GetGuid().ShouldBe(entry);
        queued.GetProperty("status").GetString().ShouldBe("pending");
        var file = await GetJsonAsync(spc, $"/api/v1/tenants/spc/appeals/{appeal}");
        file.GetProperty("appellant").GetProperty("homeJurisdiction").GetString().ShouldBe(Home);
        file.GetProperty("appellant").GetProperty("maskedIdentifier").GetString().ShouldNotBe(resident.Identifier);
        file.GetProperty("listing").GetProperty("documentNumber").GetString().ShouldBe("(2026)测01执1号");

        using var decided = await AppealsApi.DecideAsync(spc, appeal, "upheld", tenant: "spc");

        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        using var platform = host.Factory.ApiClient();
        (await ListsApi.GetEntryAsync(platform, "spc", "COURT_DEFAULTERS", entry)).GetProperty("status").GetString().ShouldBe("removed");
        await RelayAsync();
        (await NoticesAboutAsync(resident.Home, resident.Subject, entry, "appealDecision")).ShouldHaveSingleItem();
        (await NoticesAboutAsync(resident.Home, resident.Subject, entry, "appealFiled")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task FileAppeal_WhenARepresentativeRestrictedThroughTheirCompanysNationalEntryAppealsFromHome_GoesToTheIssuer()
    {
        using var representative = await ResidentAsync();
        using var platform = host.Factory.ApiClient();
        var company = await ListsApi.ListAsync(platform, "spc", "COURT_DEFAULTERS", TestIdentifiers.Organization(), "organization",
            legalRepresentative: new { identifier = representative.Identifier, name = "王测试" });
        var restricted = company.GetProperty("linked").EnumerateArray().Single();
        restricted.GetProperty("role").GetString().ShouldBe("restricted");
        var entry = restricted.GetProperty("id").GetGuid();
        await RelayAsync();

        using var filed = await AppealsApi.FileAsync(representative.Home, listEntryId: entry, tenant: Home);

        (await NoticesAboutAsync(representative.Home, representative.Subject, entry, "restriction")).ShouldHaveSingleItem();
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        using var spc = await SpcReviewerAsync();
        (await AppealsApi.AppealAsync(spc, (await filed.ReadJsonAsync()).GetProperty("id").GetGuid(), "spc"))
            .GetProperty("listEntryId").GetGuid().ShouldBe(entry);
    }

    [Fact]
    public async Task AppealWindowReminder_WhenTheResidentAppealedFromHome_RemindsOnlyTheOneWhoDidNot()
    {
        using var appealed = await ResidentAsync();
        using var silent = await ResidentAsync();
        var appealedEntry = await ListedBySpcAsync(appealed.Identifier);
        var silentEntry = await ListedBySpcAsync(silent.Identifier);
        await RelayAsync();
        using var filed = await AppealsApi.FileAsync(appealed.Home, listEntryId: appealedEntry, tenant: Home);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        await RelayAsync();
        host.Clock.Advance(TimeSpan.FromDays(13));

        await AppealsApi.RunJobAsync(host.Factory, "appeal-window-reminder");

        (await NoticesAboutAsync(silent.Home, silent.Subject, silentEntry, "appealWindowClosing")).ShouldHaveSingleItem();
        (await NoticesAboutAsync(appealed.Home, appealed.Subject, appealedEntry, "appealWindowClosing")).ShouldBeEmpty();
    }

    [Fact]
    public async Task FileAppeal_WhenTheHomeOfficialOfAnotherJurisdictionNamesTheEntry_Returns404()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);
        using var elsewhere = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "appeals:write"));

        using var refused = await AppealsApi.FileAsync(elsewhere, listEntryId: entry, tenant: "majia");

        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FileAppeal_WhenTheHomeNoticeCameLaterThanTheListing_CountsTheWindowFromTheNotice()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);
        host.Clock.Advance(TimeSpan.FromDays(10));
        await RelayAsync();
        host.Clock.Advance(TimeSpan.FromDays(10));

        using var filed = await AppealsApi.FileAsync(resident.Home, listEntryId: entry, tenant: Home);

        // Twenty days after the listing, ten after the notice at home: the window of 15 days is still open.
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RemoveEntry_WhenSpcRemovesANationalEntry_ReachesTheHomeJurisdiction()
    {
        using var resident = await ResidentAsync();
        var entry = await ListedBySpcAsync(resident.Identifier);
        await RelayAsync();
        using var platform = host.Factory.ApiClient();

        using var removed = await ListsApi.RemoveAsync(platform, "spc", "COURT_DEFAULTERS", entry);
        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        await RelayAsync();

        (await NoticesAboutAsync(resident.Home, resident.Subject, entry, "removal")).ShouldHaveSingleItem();
        var path = await GetJsonAsync(resident.Home, $"/api/v1/tenants/{Home}/subjects/{resident.Subject}/repair-path");
        path.GetProperty("steps").EnumerateArray().ShouldNotContain(s => s.GetProperty("id").GetGuid() == entry);
    }

    [Fact]
    public async Task Portal_WhenSpcListsZhangWei_HeReadsItInHisHomeInboxAppealsFromHomeAndFollowsTheOutcome()
    {
        using var platform = host.Factory.ApiClient();
        var entry = await ListedBySpcAsync("11010519491231002X");
        await RelayAsync();
        using var citizen = await host.Factory.SignedInClientAsync("zhang.wei");

        var inbox = await citizen.GetStringAsync("/portal/notifications");
        var path = await GetJsonAsync(citizen, $"/api/v1/tenants/{Home}/me/repair-path");
        using var filed = await citizen.PostAsJsonAsync($"/api/v1/tenants/{Home}/appeals", new { listEntryId = entry, reason = "我已履行 I have paid in full." });

        inbox.ShouldContain("(2026)测01执1号");
        path.GetProperty("steps").EnumerateArray().ShouldContain(s => s.GetProperty("id").GetGuid() == entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var spc = await SpcReviewerAsync();
        using var decided = await spc.PostAsJsonAsync($"/api/v1/tenants/spc/appeals/{appeal}/decision",
            new { outcome = "rejected", reasons = "尚未履行 The judgment is not yet performed." });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        await RelayAsync();

        var appeals = await citizen.GetStringAsync("/portal/appeals");
        appeals.ShouldContain("尚未履行 The judgment is not yet performed.");
        appeals.ShouldContain($"data-appeal=\"{appeal}\"");
        (await citizen.GetStringAsync("/portal/notifications")).ShouldContain("尚未履行");
        using var samr = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("samr", "appeals:write"));
        using var elsewhere = await AppealsApi.FileAsync(samr, listEntryId: entry, tenant: "samr");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
