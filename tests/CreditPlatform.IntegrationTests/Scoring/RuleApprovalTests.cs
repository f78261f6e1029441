using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Four eyes and guardrails: what stops a rule from going live.</summary>
public sealed class RuleApprovalTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Rules = "/api/v1/tenants/rongcheng/rules";

    [Fact]
    public async Task ApproveRule_WhenTheDrafterApproves_Returns422FourEyes()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        var code = ScoringApi.NewRuleCode();
        using var drafted = await official.PostAsJsonAsync(Rules, ScoringApi.FixedRule(code, -5));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var response = await official.PostAsync($"{Rules}/{code}/versions/1/approval", null);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("four_eyes");
        problem.GetProperty("detail").GetString()!.ShouldContain("Four-eyes");
    }

    [Fact]
    public async Task ApproveRule_WhenASecondOfficialApproves_ActivatesTheRule()
    {
        using var drafter = await host.Factory.SignedInClientAsync("rc.official");
        using var approver = await host.Factory.SignedInClientAsync("rc.reviewer");
        var code = ScoringApi.NewRuleCode();
        using var drafted = await drafter.PostAsJsonAsync(Rules, ScoringApi.FixedRule(code, -5));

        using var response = await approver.PostAsync($"{Rules}/{code}/versions/1/approval", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rule = await response.ReadJsonAsync();
        rule.GetProperty("status").GetString().ShouldBe("active");
        rule.GetProperty("approvedBy").GetString().ShouldNotBe(rule.GetProperty("draftedBy").GetString());
    }

    [Fact]
    public async Task DraftRule_WhenCategoryIsProtectedByPlatformDefaults_Returns422NamingTheGuardrail()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Rules, ScoringApi.FixedRule(ScoringApi.NewRuleCode(), -10, category: "petition"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("guardrail_violation");
        problem.GetProperty("detail").GetString()!.ShouldContain("forbidden_category");
        var violation = problem.GetProperty("violations")[0];
        violation.GetProperty("guardrail").GetString().ShouldBe("forbidden_category");
        violation.GetProperty("source").GetString().ShouldBe("platform");
    }

    [Fact]
    public async Task DraftRule_WhenPurchasablePointsExceedTheBoughtCreditCap_Returns422NamingTheGuardrail()
    {
        using var client = host.Factory.ApiClient();
        var rule = ScoringApi.FixedRule(ScoringApi.NewRuleCode(), 10, category: "community", purchasable: true,
            caps: [new { periodDays = 365, maxPoints = 100 }]);

        using var response = await client.PostAsJsonAsync(Rules, rule);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("guardrail").GetString())
            .ShouldContain("max_purchasable_points_per_year");
    }

    [Fact]
    public async Task DraftRule_WhenLegalBasisMissing_Returns422NamingTheGuardrail()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Rules, ScoringApi.FixedRule(ScoringApi.NewRuleCode(), -5, legalBasis: ""));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.ReadJsonAsync()).GetProperty("violations")[0].GetProperty("guardrail").GetString().ShouldBe("legal_basis_required");
    }

    [Fact]
    public async Task DraftRule_WhenBandOverrideNamesNoBandOfTheScheme_Returns422()
    {
        using var client = host.Factory.ApiClient();
        var rule = new
        {
            code = ScoringApi.NewRuleCode(),
            titleZh = "测试",
            titleEn = "Test",
            category = "traffic",
            legalBasis = "Test Regulations, art. 2",
            subjectKinds = new[] { "person" },
            delta = new { kind = "Fixed", points = -20 },
            bandOverride = new { band = "Z", durationDays = 30 },
        };

        using var response = await client.PostAsJsonAsync(Rules, rule);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("unknown_band");
    }
}
