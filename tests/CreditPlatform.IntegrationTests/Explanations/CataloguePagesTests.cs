using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Web;

namespace CreditPlatform.IntegrationTests.Explanations;

public sealed class CataloguePagesTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task GetPublicCatalogue_WhenAnonymous_ListsActiveRulesWithLegalBasisAndHistory()
    {
        using var client = host.Factory.NewClient();

        using var response = await client.GetAsync("/api/v1/public/catalogue/rongcheng");

        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        var redLight = body.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "TRAFFIC_RED_LIGHT");
        var version = redLight.GetProperty("versions")[0];
        version.GetProperty("legalBasis").GetString().ShouldNotBeNullOrWhiteSpace();
        version.GetProperty("points").GetInt32().ShouldBe(-5);
        version.GetProperty("caps")[0].GetProperty("maxPoints").GetInt32().ShouldBe(15);
    }

    [Fact]
    public async Task CataloguePage_WhenAnonymous_ShowsTheRules()
    {
        using var client = host.Factory.NewClient();

        var html = await client.GetStringAsync("/public/catalogue/rongcheng");

        html.ShouldContain("TRAFFIC_RED_LIGHT");
    }

    [Fact]
    public async Task SimulationPage_WhenOfficialRunsAChange_ShowsTheResultAndHistogram()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");
        var token = await AdminSubjectPagesTests.TokenAsync(client, "/admin/simulation");

        using var response = await client.PostAsync("/admin/simulation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.From"] = "2025-01-01",
            ["Form.To"] = "2026-12-31",
            ["Form.RuleCode"] = "TRAFFIC_RED_LIGHT",
            ["Form.Points"] = "-10",
            ["Form.BucketSize"] = "50",
            ["__RequestVerificationToken"] = token,
        }));

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<svg class=\"histogram\"");
    }
}
