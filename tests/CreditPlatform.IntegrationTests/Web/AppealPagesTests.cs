using System.Net;
using CreditPlatform.IntegrationTests.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>The appeal pages open only to their role, and only inside the user's own jurisdiction.</summary>
public sealed class AppealPagesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<(Guid Appeal, Guid Entry)> FileRongchengAppealAsync()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "appeals:write", "subjects:write", "subjects:read"));
        var subject = await client.EnrolAsync();
        var entry = AppealsApi.EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1)));
        using var filed = await AppealsApi.FileAsync(client, ledgerEntryId: entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        return ((await filed.ReadJsonAsync()).GetProperty("id").GetGuid(), entry);
    }

    private async Task<HttpResponseMessage> GetAsAsync(string user, string path)
    {
        using var client = await host.Factory.SignedInClientAsync(user);
        return await client.GetAsync(path);
    }

    [Theory]
    [InlineData("rc.traffic", "/admin/appeals")]
    [InlineData("zhang.wei", "/admin/appeals")]
    [InlineData("rc.official", "/portal/notifications")]
    [InlineData("rc.traffic", "/portal/appeals")]
    [InlineData("rc.official", "/portal/appeals/new?entry=00000000-0000-0000-0000-000000000001")]
    public async Task AppealPage_WhenUserHasAnotherRole_IsDenied(string user, string path)
    {
        using var response = await GetAsAsync(user, path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
    }

    [Fact]
    public async Task AppealDetails_WhenOfficialOfTheAppealsJurisdiction_ShowsTheReason()
    {
        var (appeal, _) = await FileRongchengAppealAsync();

        using var response = await GetAsAsync("rc.official", $"/admin/appeals/details/{appeal}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The wrong person was recorded.");
    }

    [Fact]
    public async Task AppealDetails_WhenAppealBelongsToAnotherJurisdiction_Returns404()
    {
        var (appeal, _) = await FileRongchengAppealAsync();

        using var response = await GetAsAsync("spc.official", $"/admin/appeals/details/{appeal}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("The wrong person was recorded.");
    }

    [Fact]
    public async Task AppealQueue_WhenOfficialOfAnotherJurisdiction_DoesNotListTheAppeal()
    {
        var (appeal, _) = await FileRongchengAppealAsync();

        using var response = await GetAsAsync("spc.official", "/admin/appeals");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(appeal.ToString());
    }

    [Fact]
    public async Task NewAppeal_WhenEntryBelongsToAnotherSubject_Returns404()
    {
        var (_, entry) = await FileRongchengAppealAsync();

        using var response = await GetAsAsync("zhang.wei", $"/portal/appeals/new?entry={entry}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MyAppeals_WhenAnotherSubjectHasAnAppeal_DoesNotListIt()
    {
        var (appeal, _) = await FileRongchengAppealAsync();

        using var response = await GetAsAsync("zhang.wei", "/portal/appeals");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(appeal.ToString());
    }
}
