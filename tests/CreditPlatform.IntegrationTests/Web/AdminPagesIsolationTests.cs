using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>The admin pages show the signed-in official's own jurisdiction only, whatever the address names.</summary>
public sealed class AdminPagesIsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string SeededFoodSafetyEntry = "荣成市鑫海水产品加工厂";

    [Fact]
    public async Task ListEntries_WhenOfficialOfTheIssuingJurisdiction_ShowsItsEntries()
    {
        using var client = await host.Factory.SignedInClientAsync("samr.official");

        var html = await client.GetStringAsync("/admin/lists/entries/food_safety");

        html.ShouldContain(SeededFoodSafetyEntry);
    }

    [Fact]
    public async Task ListEntries_WhenListBelongsToAnotherJurisdiction_Returns404()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await client.GetAsync("/admin/lists/entries/food_safety");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(SeededFoodSafetyEntry);
    }

    [Fact]
    public async Task AddEntry_WhenListBelongsToAnotherJurisdiction_Returns404()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await client.GetAsync("/admin/lists/add/food_safety");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ApiKeys_WhenOfficialOfTheKeysJurisdiction_ListsTheKey()
    {
        var name = await CreateRongchengKeyAsync();
        using var client = await host.Factory.SignedInClientAsync("rc.official");

        var html = await client.GetStringAsync("/admin/apikeys");

        html.ShouldContain(name);
    }

    [Fact]
    public async Task ApiKeys_WhenOfficialOfAnotherJurisdiction_DoesNotListTheKey()
    {
        var name = await CreateRongchengKeyAsync();
        using var client = await host.Factory.SignedInClientAsync("samr.official");

        var html = await client.GetStringAsync("/admin/apikeys");

        html.ShouldNotContain(name);
    }

    [Fact]
    public async Task Rules_WhenOfficialOfAnotherJurisdiction_DoesNotListTheRules()
    {
        using var rongcheng = await host.Factory.SignedInClientAsync("rc.official");
        using var samr = await host.Factory.SignedInClientAsync("samr.official");

        var own = await rongcheng.GetStringAsync("/admin/rules");
        var other = await samr.GetStringAsync("/admin/rules");

        own.ShouldContain("TRAFFIC_RED_LIGHT");
        other.ShouldNotContain("TRAFFIC_RED_LIGHT");
    }

    [Theory]
    [InlineData("rc.official", "/admin/audit?subject=not-a-guid&action=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&p=-3")]
    [InlineData("rc.official", "/admin/transparency?kind=decade&year=99999&number=-1")]
    [InlineData("rc.official", "/admin/transparency?handler=csv&kind=quarter&year=2026&number=9")]
    [InlineData("samr.official", "/admin/lists/entries/food_safety?status=nonsense&p=0")]
    [InlineData("rc.official", "/admin/apikeys")]
    [InlineData("rc.official", "/admin")]
    public async Task Page_WhenGivenOddQueryValues_AnswersOk(string user, string address)
    {
        using var client = await host.Factory.SignedInClientAsync(user);

        using var response = await client.GetAsync(address);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DraftNewVersion_WhenRuleDoesNotExist_Returns404()
    {
        using var client = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await client.GetAsync("/admin/rules/draft?from=NO_SUCH_RULE");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> CreateRongchengKeyAsync()
    {
        var name = "page-isolation-" + Guid.NewGuid().ToString("N")[..8];
        using var api = host.Factory.ApiClient();
        using var response = await api.PostAsJsonAsync("/api/v1/api-keys", new { name, tenant = "rongcheng", scopes = new[] { "checks:read" } });
        response.EnsureSuccessStatusCode();
        return name;
    }
}
