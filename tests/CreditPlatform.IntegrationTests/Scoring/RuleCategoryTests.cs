using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Categories are the platform's words: protected ones are refused, and whether points can be bought follows from them.</summary>
public sealed class RuleCategoryTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Rules = "/api/v1/tenants/rongcheng/rules";

    private static string[] Violations(System.Text.Json.JsonElement problem) =>
        [.. problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("guardrail").GetString()!)];

    [Fact]
    public async Task DraftRule_WhenDonationCategoryClaimsNotPurchasable_IsStillHeldToTheBoughtCreditCap()
    {
        using var client = host.Factory.ApiClient();
        var rule = ScoringApi.FixedRule(ScoringApi.NewRuleCode(), 10, category: "donation", purchasable: false,
            caps: [new { periodDays = 365, maxPoints = 100 }]);

        using var response = await client.PostAsJsonAsync(Rules, rule);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Violations(await response.ReadJsonAsync()).ShouldContain("max_purchasable_points_per_year");
    }

    [Fact]
    public async Task DraftRule_WhenDonationCategoryWithinTheBoughtCreditCap_IsStoredAsPurchasable()
    {
        using var client = host.Factory.ApiClient();
        var rule = ScoringApi.FixedRule(ScoringApi.NewRuleCode(), 10, category: "donation", purchasable: false,
            caps: [new { periodDays = 365, maxPoints = 30 }]);

        using var response = await client.PostAsJsonAsync(Rules, rule);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.ReadJsonAsync()).GetProperty("purchasable").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("religion")]
    [InlineData("ethnicity")]
    [InlineData("political_opinion")]
    [InlineData("lawful_speech")]
    public async Task DraftRule_WhenCategoryIsProtected_Returns422ForbiddenCategoryFromThePlatform(string category)
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Rules, ScoringApi.FixedRule(ScoringApi.NewRuleCode(), -10, category: category));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var violation = (await response.ReadJsonAsync()).GetProperty("violations")[0];
        violation.GetProperty("guardrail").GetString().ShouldBe("forbidden_category");
        violation.GetProperty("source").GetString().ShouldBe("platform");
    }

    [Theory]
    [InlineData("petitions")]
    [InlineData("xinfang")]
    [InlineData("Petition")]
    [InlineData("信访")]
    [InlineData("complaints to the authorities")]
    public async Task DraftRule_WhenCategoryIsFreeTextOrASynonym_Returns422UnknownCategory(string category)
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Rules, ScoringApi.FixedRule(ScoringApi.NewRuleCode(), -10, category: category));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("guardrail_violation");
        Violations(problem).ShouldContain("unknown_category");
    }

    [Fact]
    public async Task ListRuleCategories_WhenRead_NamesEachWithLabelsAndWhetherItCanBeBoughtOrScored()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.GetAsync("/api/v1/rule-categories");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var categories = (await response.ReadJsonAsync()).EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        categories["donation"].GetProperty("purchasable").GetBoolean().ShouldBeTrue();
        categories["traffic"].GetProperty("purchasable").GetBoolean().ShouldBeFalse();
        categories["petition"].GetProperty("protected").GetBoolean().ShouldBeTrue();
        categories["petition"].GetProperty("labelZh").GetString().ShouldBe("信访与投诉");
        categories.Values.Where(c => c.GetProperty("protected").GetBoolean()).Select(c => c.GetProperty("code").GetString())
            .ShouldBe(["ethnicity", "lawful_speech", "petition", "political_opinion", "religion"], ignoreOrder: true);
    }
}
