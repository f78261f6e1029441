using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A parent's guardrails bind its children. Own host: the tests change Rongcheng's guardrails.</summary>
public sealed class GuardrailInheritanceTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task DraftRule_WhenParentLimitsPointsPerEntry_RefusesAChildRuleNamingTheParent()
    {
        using var client = host.Factory.ApiClient();
        using var set = await client.PutAsJsonAsync("/api/v1/tenants/rongcheng/guardrails", new { legalBasisRequired = true, maxPointsPerEntry = 20 });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/majia/rules", ScoringApi.FixedRule(ScoringApi.NewRuleCode(), 30, category: "community"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var violation = (await response.ReadJsonAsync()).GetProperty("violations")[0];
        violation.GetProperty("guardrail").GetString().ShouldBe("max_points_per_entry");
        violation.GetProperty("source").GetString().ShouldBe("rongcheng");
    }

    [Fact]
    public async Task GetGuardrails_WhenParentSetLimits_ShowsTheWholeChainForTheChild()
    {
        using var client = host.Factory.ApiClient();
        using var set = await client.PutAsJsonAsync("/api/v1/tenants/rongcheng/guardrails", new { forbiddenCategories = new[] { "religion", "dating" } });

        using var response = await client.GetAsync("/api/v1/tenants/majia/guardrails");

        var body = await response.ReadJsonAsync();
        body.GetProperty("own").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.GetProperty("chain").EnumerateArray().Select(c => c.GetProperty("source").GetString()).ShouldBe(["platform", "rongcheng"]);
    }

    [Fact]
    public async Task SetGuardrails_WhenOfficialOfAnotherTenant_Returns403()
    {
        using var official = await host.Factory.SignedInClientAsync("spc.official");

        using var response = await official.PutAsJsonAsync("/api/v1/tenants/rongcheng/guardrails", new { maxPointsPerEntry = 1 });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
