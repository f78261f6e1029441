using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Explanations;

/// <summary>A citizen reads the explanation of their own score and their own path to repair through the API, and no one else's.</summary>
public sealed class CitizenOwnExplanationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<Guid> CitizenSubjectAsync()
    {
        using var api = host.Factory.ApiClient();
        using var response = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = "11010519491231002X" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task GetMyExplanation_WhenTheCitizenAsks_ExplainsTheirOwnScore()
    {
        var mine = await CitizenSubjectAsync();
        using var api = host.Factory.ApiClient();
        var score = await api.ScoreValueAsync(mine);
        using var citizen = await host.Factory.SignedInClientAsync("zhang.wei");

        using var explanation = await citizen.GetAsync("/api/v1/tenants/rongcheng/me/explanation");
        using var path = await citizen.GetAsync("/api/v1/tenants/rongcheng/me/repair-path");

        explanation.StatusCode.ShouldBe(HttpStatusCode.OK, await explanation.Content.ReadAsStringAsync());
        (await explanation.ReadJsonAsync()).GetProperty("score").GetInt32().ShouldBe(score);
        path.StatusCode.ShouldBe(HttpStatusCode.OK, await path.Content.ReadAsStringAsync());
        (await path.ReadJsonAsync()).GetProperty("subjectId").GetGuid().ShouldBe(mine);
    }

    [Fact]
    public async Task GetExplanation_WhenTheCitizenNamesAnotherSubject_IsRefused()
    {
        using var api = host.Factory.ApiClient();
        var someoneElse = await api.EnrolAsync();
        using var citizen = await host.Factory.SignedInClientAsync("zhang.wei");

        using var refused = await citizen.GetAsync($"/api/v1/tenants/rongcheng/subjects/{someoneElse}/explanation");
        using var elsewhere = await citizen.GetAsync("/api/v1/tenants/spc/me/explanation");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetMyExplanation_WhenAnOfficialAsks_IsRefusedForHavingNoOwnScore()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var refused = await official.GetAsync("/api/v1/tenants/rongcheng/me/explanation");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
