using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Lists;

public sealed class PublicationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    private async Task<System.Text.Json.JsonElement> SearchAsync(string name)
    {
        using var anonymous = host.Factory.ApiClient(apiKey: null);
        using var response = await anonymous.GetAsync($"/api/v1/public/list-entries?name={Uri.EscapeDataString(name)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task Search_WhenOrganisationIsListed_FindsItByPartOfItsNameWithMaskedIdentifier()
    {
        var company = TestIdentifiers.Organization();
        await ListsApi.ListAsync(Client, "samr", "FOOD_SAFETY", company, "organization", name: "公示测试海鲜加工有限公司");

        var page = await SearchAsync("公示测试海鲜");

        page.GetProperty("total").GetInt64().ShouldBe(1);
        var item = page.GetProperty("items")[0];
        item.GetProperty("list").GetString().ShouldBe("FOOD_SAFETY");
        item.GetProperty("authority").GetString().ShouldBe("samr");
        item.GetProperty("documentNumber").GetString().ShouldNotBeNullOrEmpty();
        item.GetProperty("maskedIdentifier").GetString().ShouldBe(company[..4] + "**********" + company[^4..]);
    }

    [Fact]
    public async Task Search_WhenEntryRemoved_NoLongerShowsIt()
    {
        var created = await ListsApi.ListAsync(Client, "samr", "FOOD_SAFETY", TestIdentifiers.Organization(), "organization", name: "公示移出测试有限公司");
        (await ListsApi.RemoveAsync(Client, "samr", "FOOD_SAFETY", created.GetProperty("id").GetGuid())).EnsureSuccessStatusCode();

        var page = await SearchAsync("公示移出测试");

        page.GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Search_WhenLegalRepresentativeIsOnlyRestricted_DoesNotPublishThem()
    {
        await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", TestIdentifiers.Organization(), "organization",
            legalRepresentative: new { identifier = TestIdentifiers.Person(), name = "公示限制代表人" }, name: "公示限制测试有限公司");

        (await SearchAsync("公示限制代表人")).GetProperty("total").GetInt64().ShouldBe(0);
        (await SearchAsync("公示限制测试")).GetProperty("total").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Search_WhenNameContainsWildcards_MatchesThemLiterally()
    {
        (await SearchAsync("%")).GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task PublicPage_WhenSearched_ShowsTheEntryWithoutSignIn()
    {
        await ListsApi.ListAsync(Client, "mohrss", "WAGE_ARREARS", TestIdentifiers.Organization(), "organization", name: "页面公示测试劳务有限公司");
        using var anonymous = host.Factory.NewClient();

        using var response = await anonymous.GetAsync("/public/lists?name=" + Uri.EscapeDataString("页面公示测试"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("页面公示测试劳务有限公司");
        html.ShouldContain("WAGE_ARREARS", Case.Sensitive, "the list filter offers the catalogue");
    }
}
