using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>The demo data a fresh Development database starts with.</summary>
public sealed class DemoScoringSeedTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<List<System.Text.Json.JsonElement>> RulesAsync(string tenant, string? language = null)
    {
        using var client = host.Factory.ApiClient();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/rules?status=active");
        response.EnsureSuccessStatusCode();
        return [.. (await response.ReadJsonAsync()).EnumerateArray()];
    }

    [Fact]
    public async Task ListRules_WhenDemoSeeded_RongchengHasTheFullTableApprovedByASecondOfficial()
    {
        var rules = await RulesAsync("rongcheng");

        rules.Count.ShouldBe(15);
        rules.ShouldAllBe(r => r.GetProperty("legalBasis").GetString()!.Length > 0);
        rules.ShouldAllBe(r => r.GetProperty("approvedBy").GetString() != r.GetProperty("draftedBy").GetString());
        var redLight = rules.Single(r => r.GetProperty("code").GetString() == "TRAFFIC_RED_LIGHT");
        redLight.GetProperty("title").GetString().ShouldBe("闯红灯");
        redLight.GetProperty("delta").GetProperty("points").GetInt32().ShouldBe(-5);
        redLight.GetProperty("caps")[0].GetProperty("maxPoints").GetInt32().ShouldBe(15);
    }

    [Fact]
    public async Task ListRules_WhenReaderPrefersEnglish_TitlesAreEnglish()
    {
        var rules = await RulesAsync("majia", "en");

        rules.Count.ShouldBe(6);
        rules.Single(r => r.GetProperty("code").GetString() == "LITTERING").GetProperty("title").GetString().ShouldBe("Littering");
    }

    [Fact]
    public async Task GetScore_WhenDemoSeeded_ZhangWeiCarriesHisDemoEntries()
    {
        using var client = host.Factory.ApiClient();
        using var lookup = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = "11010519491231002X" });
        var zhangWei = (await lookup.ReadJsonAsync()).GetProperty("id").GetGuid();

        var score = await client.ScoreAsync(zhangWei);
        var ledger = await client.LedgerAsync(zhangWei);

        score.GetProperty("score").GetInt32().ShouldBe(1003);
        score.GetProperty("band").GetString().ShouldBe("A");
        ledger.EnumerateArray().Select(e => e.GetProperty("ruleCode").GetString()).Order()
            .ShouldBe(["BLOOD_DONATION", "TRAFFIC_RED_LIGHT", "VOLUNTEER_HOURS"]);
    }

    [Fact]
    public async Task VerifyLedger_WhenDemoSeeded_MajiaHasAnIntactTally()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.GetAsync("/api/v1/tenants/majia/ledger/verification");

        var result = await response.ReadJsonAsync();
        result.GetProperty("valid").GetBoolean().ShouldBeTrue();
        result.GetProperty("entries").GetInt64().ShouldBe(14);
    }

    [Fact]
    public async Task GetScheme_WhenDemoSeeded_RongchengHasItsBandsAndMeasures()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.GetAsync("/api/v1/tenants/rongcheng/scheme");

        var scheme = await response.ReadJsonAsync();
        scheme.GetProperty("baseScore").GetInt32().ShouldBe(1000);
        scheme.GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("code").GetString()).ShouldBe(["AAA", "AA", "A", "B", "C", "D"]);
        scheme.GetProperty("bands")[5].GetProperty("measures").EnumerateArray().Select(m => m.GetString()).ShouldContain("GOV_JOB");
    }
}
