using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Portal;

/// <summary>The citizen downloads what is held about them and sees who checked them: all of theirs, nothing of anyone else's.</summary>
public sealed partial class CitizenSelfServiceTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Citizen = "zhang.wei";
    private const string CitizenIdentifier = "11010519491231002X";

    private sealed record Footprint(Guid Subject, List<Guid> Ledger, List<Guid> Listings, List<Guid> Appeals, List<Guid> Notices)
    {
        public IEnumerable<Guid> All => [Subject, .. Ledger, .. Listings, .. Appeals, .. Notices];
    }

    [Fact]
    public async Task DataDownload_WhenJson_HoldsEveryRowAboutTheCitizenAndNothingAboutAnyoneElse()
    {
        var (mine, other) = await CitizenAndSomeoneElseAsync();
        using var citizen = await host.Factory.SignedInClientAsync(Citizen);

        using var response = await citizen.GetAsync("/portal/data?handler=Json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("subject").GetProperty("id").GetGuid().ShouldBe(mine.Subject);
        Ids(json, "ledger").ShouldBe(mine.Ledger, ignoreOrder: true);
        json.GetProperty("listings").EnumerateArray().Select(l => l.GetProperty("entry").GetProperty("id").GetGuid()).ShouldBe(mine.Listings, ignoreOrder: true);
        Ids(json, "appeals").ShouldBe(mine.Appeals, ignoreOrder: true);
        Ids(json, "notices").ShouldBe(mine.Notices, ignoreOrder: true);
        var text = json.GetRawText();
        foreach (var id in other.All)
        {
            text.ShouldNotContain(id.ToString());
        }
    }

    [Fact]
    public async Task DataDownload_WhenCsv_HasOneRowPerRecordAboutTheCitizenAndNoneAboutAnyoneElse()
    {
        var (mine, other) = await CitizenAndSomeoneElseAsync();
        using var citizen = await host.Factory.SignedInClientAsync(Citizen);

        using var response = await citizen.GetAsync("/portal/data?handler=Csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(r => (Section: r.Split(',')[0].TrimStart('\uFEFF'), Id: Guid.Parse(r.Split(',')[1]))).ToList();
        rows.Where(r => r.Section == "subject").Select(r => r.Id).ShouldBe([mine.Subject]);
        rows.Where(r => r.Section == "ledger").Select(r => r.Id).ShouldBe(mine.Ledger, ignoreOrder: true);
        rows.Where(r => r.Section == "listing").Select(r => r.Id).ShouldBe(mine.Listings, ignoreOrder: true);
        rows.Where(r => r.Section == "appeal").Select(r => r.Id).ShouldBe(mine.Appeals, ignoreOrder: true);
        rows.Where(r => r.Section == "notice").Select(r => r.Id).ShouldBe(mine.Notices, ignoreOrder: true);
        rows.Select(r => r.Id).ShouldNotContain(id => other.All.Contains(id));
    }

    [Fact]
    public async Task WhoCheckedMe_WhenOrganisationsCheckTheCitizenAndOthers_ListsEachCheckOfTheCitizenOnly()
    {
        using var bank = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));
        using var court = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "checks:read"));
        await CheckAsync(bank, CitizenIdentifier, "LOAN");
        await CheckAsync(court, CitizenIdentifier, "GOV_TENDER");
        await CheckAsync(court, CitizenIdentifier, null);
        await CheckAsync(bank, TestIdentifiers.Person(), "LOAN");
        await CheckAsync(court, TestIdentifiers.Person(), "GREEN_CHANNEL");
        var citizenHash = Hash(CitizenIdentifier);
        await Eventually.HoldsAsync(async () => await CheckLogCountAsync(citizenHash) >= 3 && await CheckLogCountAsync(null) >= 5, "the checks reach the log");
        using var citizen = await host.Factory.SignedInClientAsync(Citizen);

        var page = await citizen.GetStringAsync("/portal/checks");

        long shown = CheckRow().Count(page);
        shown.ShouldBe(await CheckLogCountAsync(citizenHash));
        shown.ShouldBeLessThan(await CheckLogCountAsync(null));
        page.ShouldContain("LOAN");
        page.ShouldContain("GOV_TENDER");
        page.ShouldNotContain("GREEN_CHANNEL");
        page.ShouldNotContain(CitizenIdentifier);
    }

    [GeneratedRegex("data-testid=\"check\"")]
    private static partial Regex CheckRow();

    private static List<Guid> Ids(JsonElement json, string section) =>
        [.. json.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];

    /// <summary>The same kinds of rows (entry, listing, appeal, notices) about the citizen and about another subject.</summary>
    private async Task<(Footprint Mine, Footprint Other)> CitizenAndSomeoneElseAsync()
    {
        using var api = host.Factory.ApiClient();
        var list = await ListsApi.CreateListAsync(api, "rongcheng");
        var mine = await FootprintAsync(api, list, await SubjectOfAsync(api, CitizenIdentifier), CitizenIdentifier);
        var otherIdentifier = TestIdentifiers.Person();
        return (mine, await FootprintAsync(api, list, await EnrolAsync(api, otherIdentifier), otherIdentifier));
    }

    private async Task<Footprint> FootprintAsync(HttpClient api, string list, Guid subject, string identifier)
    {
        var entry = AppealsApi.EntryId(await api.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1)));
        // Deduction notices are made after commit by the outbox worker (the demo data's too): wait until every one is
        // made, so the footprint is whole when it is read.
        await Eventually.HoldsAsync(
            async () => (await IdsAsync("SELECT id FROM outbox_messages WHERE topic = $1 AND delivered_at IS NULL", "deduction-notices")).Count == 0,
            "every deduction's notice is made");
        await ListsApi.ListAsync(api, "rongcheng", list, identifier);
        using var filed = await AppealsApi.FileAsync(api, ledgerEntryId: entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var ledger = (await api.LedgerAsync(subject)).EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        var listingIds = await IdsAsync(
            "SELECT e.id FROM list_entries e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = 'rongcheng' AND e.identifier_hash = $1", Hash(identifier));
        var appeals = await IdsAsync("SELECT id FROM appeals WHERE subject_id = $1", subject);
        var notices = (await AppealsApi.NotificationsAsync(api, subject)).EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToList();
        return new Footprint(subject, ledger, listingIds, appeals, notices);
    }

    private async Task<List<Guid>> IdsAsync(string sql, object parameter)
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = parameter });
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static async Task<Guid> SubjectOfAsync(HttpClient api, string identifier)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> EnrolAsync(HttpClient api, string identifier)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name = "李四" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task CheckAsync(HttpClient client, string identifier, string? measure)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { identifier }, measure });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private byte[] Hash(string identifier) =>
        HMACSHA256.HashData(Convert.FromBase64String(host.Factory.Settings["Identifiers:HashKey"]!), Encoding.UTF8.GetBytes(identifier));

    private async Task<long> CheckLogCountAsync(byte[]? hash)
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = hash is null ? "SELECT count(*) FROM check_log" : "SELECT count(*) FROM check_log WHERE identifier_hash = $1";
        if (hash is not null)
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = hash });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
