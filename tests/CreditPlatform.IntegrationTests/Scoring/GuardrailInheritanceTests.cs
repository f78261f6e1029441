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

    private static async Task<System.Text.Json.JsonElement> ActiveVersionAsync(HttpClient client, string code)
    {
        using var response = await client.GetAsync("/api/v1/tenants/rongcheng/rules?status=active");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadJsonAsync()).EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
    }

    /// <summary>
    /// A −30 rule in force under no limits of Rongcheng's own (other tests of this class leave them tight).
    /// </summary>
    private static async Task<string> LooseRuleInForceAsync(ScoringApi.Officials officials, HttpClient platform)
    {
        using var loose = await platform.PutAsJsonAsync("/api/v1/tenants/rongcheng/guardrails", new { legalBasisRequired = true });
        loose.StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = ScoringApi.NewRuleCode();
        await officials.Drafter.DraftAndApproveAsync(officials.Approver, ScoringApi.FixedRule(code, -30));
        return code;
    }

    [Fact]
    public async Task ListRules_WhenAGuardrailTightensAfterApproval_ListsTheActiveRuleItBreaksWithTheReason()
    {
        using var officials = await host.Factory.SignedInOfficialsAsync();
        var (drafter, approver) = officials;
        using var platform = host.Factory.ApiClient();
        var code = await LooseRuleInForceAsync(officials, platform);
        (await ActiveVersionAsync(drafter, code)).GetProperty("violations").GetArrayLength().ShouldBe(0);

        using var set = await platform.PutAsJsonAsync("/api/v1/tenants/rongcheng/guardrails", new { legalBasisRequired = true, maxPointsPerEntry = 25 });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);

        var violation = (await ActiveVersionAsync(drafter, code)).GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        violation.GetProperty("guardrail").GetString().ShouldBe("max_points_per_entry");
        violation.GetProperty("source").GetString().ShouldBe("rongcheng");
        violation.GetProperty("message").GetString()!.ShouldContain("at most 25 points");
    }

    [Fact]
    public async Task ApproveRule_WhenAGuardrailTightenedAfterTheDraft_RefusesTheNewVersionUntilItComplies()
    {
        using var officials = await host.Factory.SignedInOfficialsAsync();
        var (drafter, approver) = officials;
        using var platform = host.Factory.ApiClient();
        var code = await LooseRuleInForceAsync(officials, platform);
        using var second = await drafter.PostAsJsonAsync("/api/v1/tenants/rongcheng/rules", ScoringApi.FixedRule(code, -28));
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var set = await platform.PutAsJsonAsync("/api/v1/tenants/rongcheng/guardrails", new { legalBasisRequired = true, maxPointsPerEntry = 25 });

        using var refused = await approver.PostAsync($"/api/v1/tenants/rongcheng/rules/{code}/versions/2/approval", null);
        using var rejected = await approver.PostAsJsonAsync($"/api/v1/tenants/rongcheng/rules/{code}/versions/2/rejection", new { reason = "Breaks the new limit." });
        var compliant = await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -25));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("violations")[0].GetProperty("guardrail").GetString().ShouldBe("max_points_per_entry");
        compliant.ShouldBe(3);
        (await ActiveVersionAsync(drafter, code)).GetProperty("violations").GetArrayLength().ShouldBe(0);
    }
}
