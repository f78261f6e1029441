using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>Bulk screening: a file of identifiers screened in the background, as checks of the same key, and its answers downloaded.</summary>
public sealed class ScreeningTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    /// <summary>Identifiers of an area and year no other test lists (the shared ones repeat every thousand).</summary>
    private static string Unlisted(int i)
    {
        var first17 = $"1101051985010{1 + i / 1000}{i % 1000:000}";
        return first17 + Domain.Subjects.ResidentIdentityNumber.ComputeCheckCharacter(first17);
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    /// <summary>Follows the screening until it completes; every progress seen only grows.</summary>
    private static async Task<JsonElement> CompletedAsync(HttpClient client, string location)
    {
        var seen = new List<int>();
        JsonElement last = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await client.GetAsync(location);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            last = await response.ReadJsonAsync();
            seen.Add(last.GetProperty("screened").GetInt32());
            return last.GetProperty("status").GetString() == "completed";
        }, "the screening completes", TimeSpan.FromSeconds(60));
        seen.ShouldBe(seen.Order().ToList(), "progress only grows");
        return last;
    }

    [Fact]
    public async Task Screening_OfAFileWithAListedAnInvalidAndCleanRows_AnswersEveryRowInOrderAsACheckWould()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var listed = TestIdentifiers.Person();
        await ListsApi.ListAsync(Client, "spc", list, listed);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, listed), "the listing restricts");

        // 2,500 rows, so the file is screened in three slices: row 1,700 is listed, row 10 is not an identifier.
        var rows = Enumerable.Range(0, 2500).Select(Unlisted).ToArray();
        rows[1699] = listed;
        rows[9] = "Zhang San";
        var file = "identifier\r\n" + string.Join("\r\n", rows.Select((r, i) => i % 2 == 0 ? r : $"\"{r}\",ref-{i}")) + "\r\n";

        using var started = await Client.PostAsync("/api/v1/screenings", Csv(file));
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        location.ShouldNotContain(listed);
        (await started.ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(2500);

        var done = await CompletedAsync(Client, location);
        done.GetProperty("screened").GetInt32().ShouldBe(2500);
        done.GetProperty("restricted").GetInt32().ShouldBe(1);
        done.GetProperty("invalid").GetInt32().ShouldBe(1);
        done.GetProperty("percentDone").GetInt32().ShouldBe(100);

        using var results = await Client.GetAsync(location + "/results");
        results.StatusCode.ShouldBe(HttpStatusCode.OK);
        results.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await results.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte-order mark, for spreadsheets");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        text.ShouldEndWith("\r\n", customMessage: "lines end as RFC 4180 says");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2501);
        lines[0].ShouldBe("row,maskedIdentifier,result,disputed,measures,rewards,lists,band,decisionId");
        text.ShouldNotContain(listed);
        text.ShouldNotContain("Zhang");

        var hit = lines[1700].Split(',');
        hit[0].ShouldBe("1700");
        hit[1].ShouldBe(listed[..4] + "**********" + listed[^4..]);
        hit[2].ShouldBe("restricted");
        hit[6].ShouldBe("spc/" + list);
        lines[10].Split(',')[2].ShouldBe("invalid_identifier");
        lines.Skip(1).Count(l => l.Split(',')[2] == "clear").ShouldBe(2498);

        // Each row's decision id reads the answer back from the check log, as for a check of the same key.
        using var decision = await Client.GetAsync($"/api/v1/checks/{hit[8]}");
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        var answers = (await decision.ReadJsonAsync()).GetProperty("results");
        answers.GetArrayLength().ShouldBe(1000);
        answers[699].GetProperty("restricted").GetBoolean().ShouldBeTrue();

        // Nothing of the file is kept once screened but the answers (masked).
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var left = new Npgsql.NpgsqlCommand("SELECT count(*) FROM screening_rows WHERE screening_id = $1", owner);
        left.Parameters.Add(new Npgsql.NpgsqlParameter { Value = done.GetProperty("id").GetGuid() });
        (await left.ExecuteScalarAsync()).ShouldBe(0L);
    }

    [Fact]
    public async Task Screening_UploadedAsAFormPart_IsScreened_AndIsTheOwnersOnly()
    {
        var listed = TestIdentifiers.Organization();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        await ListsApi.ListAsync(Client, "spc", list, listed, kind: "organization");
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, listed), "the listing restricts");

        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes($"{Unlisted(2600)}\n{listed}\n"));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "bidders.csv");
        using var started = await Client.PostAsync("/api/v1/screenings", form);
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var done = await CompletedAsync(Client, location);
        done.GetProperty("restricted").GetInt32().ShouldBe(1);

        using var mine = await Client.GetAsync("/api/v1/screenings");
        (await mine.ReadJsonAsync()).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldContain(done.GetProperty("id").GetGuid());

        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));
        (await other.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(location + "/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.DeleteAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await Client.DeleteAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Client.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Screening_OfMoreThanAMillionRowsOrOfNothing_IsRefusedWith400_AndKeepsNothing()
    {
        var line = TestIdentifiers.Person() + "\n";
        var tooMany = new StringBuilder(line.Length * 1_000_001);
        for (var i = 0; i < 1_000_001; i++)
        {
            tooMany.Append(line);
        }

        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync(null, "checks:read"));
        using (var refused = await client.PostAsync("/api/v1/screenings", Csv(tooMany.ToString())))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("1,000,000");
        }

        using (var empty = await client.PostAsync("/api/v1/screenings", Csv("identifier\n\n")))
        {
            empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using (var wrongType = await client.PostAsJsonAsync("/api/v1/screenings", new { identifiers = new[] { line.Trim() } }))
        {
            wrongType.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        }

        using var none = await client.GetAsync("/api/v1/screenings");
        (await none.ReadJsonAsync()).GetArrayLength().ShouldBe(0);
    }
}
