using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Explanations;

public sealed class ExplanationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static int LeadingNumber(string sentence) =>
        int.Parse(sentence.Split(':', '：')[0].Replace('\u2212', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.ReadJsonAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body.ToString());
        return body;
    }

    [Fact]
    public async Task GetScoreExplanation_WhenRedLightsAreCapped_SentenceNumbersAddUpToTheScore()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-5);
        for (var i = 0; i < 4; i++)
        {
            await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", at.AddHours(i));
        }

        var explanation = await GetAsync(client, $"/api/v1/tenants/rongcheng/subjects/{subject}/explanation");

        var score = await client.ScoreValueAsync(subject);
        explanation.GetProperty("score").GetInt32().ShouldBe(score);
        var sentences = explanation.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Sum(s => LeadingNumber(s.GetProperty("en").GetString()!)).ShouldBe(score);
        sentences.Sum(s => LeadingNumber(s.GetProperty("zh").GetString()!)).ShouldBe(score);
        sentences[^1].GetProperty("en").GetString()!.ShouldContain("before the cap");
    }

    [Fact]
    public async Task GetRepairPath_WhenRuleAndListHavePeriods_DatesFollowThem()
    {
        using var client = host.Factory.ApiClient();
        using var drafter = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        using var approver = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        var code = ScoringApi.NewRuleCode();
        var rule = JsonSerializer.SerializeToNode(ScoringApi.FixedRule(code, -40, effectiveFrom: DateTimeOffset.UtcNow.AddYears(-1)))!;
        rule["rectificationDays"] = 90;
        rule["expiryMonths"] = 6;
        await drafter.DraftAndApproveAsync(approver, rule);
        var identifier = TestIdentifiers.Person();
        using var enrolled = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name = "李四" });
        var subject = (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid();
        var occurred = DateTimeOffset.UtcNow.AddDays(-2);
        await client.RecordAsync(subject, code, occurred);
        var list = ListsApi.NewCode();
        using var listResponse = await ListsApi.PublishAsync(client, "rongcheng", new
        {
            code = list, name = "测试名单", kind = "black", sector = "finance", scope = "local",
            legalBasis = "Test regulation, Art. 1", defaultDurationDays = 365, maximumDurationDays = 730,
            legalRepresentative = "none", measures = new[] { "LOAN" }, minimumDaysBeforeRepair = 30,
        });
        listResponse.EnsureSuccessStatusCode();
        var listing = await ListsApi.ListAsync(client, "rongcheng", list, identifier);

        var path = await GetAsync(client, $"/api/v1/tenants/rongcheng/subjects/{subject}/repair-path");

        var recordedAt = (await client.LedgerAsync(subject))[0].GetProperty("recordedAt").GetDateTimeOffset();
        var steps = path.GetProperty("steps").EnumerateArray().ToList();
        var ledgerStep = steps.Single(s => s.GetProperty("kind").GetString() == "ledger");
        ledgerStep.GetProperty("earliestRepair").GetDateTimeOffset().ShouldBe(recordedAt.AddDays(90));
        ledgerStep.GetProperty("lapsesAt").GetDateTimeOffset().ShouldBe(occurred.AddMonths(6), TimeSpan.FromMilliseconds(1));
        ledgerStep.GetProperty("atLapse").GetProperty("score").GetInt32().ShouldBe(1000);
        var listStep = steps.Single(s => s.GetProperty("kind").GetString() == "listing");
        var listedAt = (await ListsApi.GetEntryAsync(client, "rongcheng", list, listing.GetProperty("id").GetGuid())).GetProperty("listedAt").GetDateTimeOffset();
        listStep.GetProperty("earliestRepair").GetDateTimeOffset().ShouldBe(listedAt.AddDays(30));
        listStep.GetProperty("lapsesAt").GetDateTimeOffset().ShouldBe(listedAt.AddDays(365));
    }

    [Fact]
    public async Task ExplainCheck_WhenListed_NamesTheListAndItsMeasures()
    {
        using var client = host.Factory.ApiClient();
        var identifier = TestIdentifiers.Person();
        await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", identifier);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(client, identifier), "the listing restricts");

        using var response = await client.PostAsJsonAsync("/api/v1/checks/explanation", new { identifier, measure = "FLIGHT" });

        var body = await response.ReadJsonAsync();
        var sentences = body.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("en").GetString()!).ToList();
        sentences.ShouldContain(s => s.Contains("COURT_DEFAULTERS", StringComparison.Ordinal));
        sentences[^1].ShouldBe("Measure FLIGHT applies: restricted.");
        body.ToString().ShouldNotContain(identifier);
    }
}
