using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Gathering;

public sealed class SubjectSuggestionTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Suggestions_WhenGathererTypesANamePrefix_ListsMatchesWithMaskedIdentifiersOnly()
    {
        using var gatherer = await host.Factory.SignedInClientAsync("rc.traffic");

        using var response = await gatherer.GetAsync("/api/v1/tenants/rongcheng/subjects/suggestions?name=" + Uri.EscapeDataString("张"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("1101**********002X");
        text.ShouldNotContain("11010519491231002X");
    }

    [Fact]
    public async Task Suggestions_WhenGathererOfAnotherJurisdictionAsks_IsRefused()
    {
        using var gatherer = await host.Factory.SignedInClientAsync("mj.gatherer");

        using var response = await gatherer.GetAsync("/api/v1/tenants/rongcheng/subjects/suggestions?name=" + Uri.EscapeDataString("张"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
