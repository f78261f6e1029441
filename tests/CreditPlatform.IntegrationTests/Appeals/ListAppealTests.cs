using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Listings are appealed too; some lists suspend their measures while the appeal runs.</summary>
public sealed class ListAppealTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static async Task<bool> RestrictedAsync(HttpClient client, string identifier)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { identifier } });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("results")[0].GetProperty("restricted").GetBoolean();
    }

    [Fact]
    public async Task FileAppeal_WhenListSuspendsOnAppeal_EntryStopsRestrictingInChecks()
    {
        using var client = host.Factory.ApiClient();
        var company = TestIdentifiers.Organization();
        var listed = await ListsApi.ListAsync(client, "samr", "FOOD_SAFETY", company, "organization");
        await Eventually.HoldsAsync(() => RestrictedAsync(client, company), "the listing restricts in checks");

        using var filed = await AppealsApi.FileAsync(client, listEntryId: listed.GetProperty("id").GetGuid(), tenant: "samr");

        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        await Eventually.HoldsAsync(async () => !await RestrictedAsync(client, company), "the suspended listing no longer restricts");
    }

    [Fact]
    public async Task FileAppeal_WhenTheCompanysListingIsSuspended_ItsRepresentativeIsNotRestrictedWhileTheAppealRuns()
    {
        using var client = host.Factory.ApiClient();
        using var reviewer = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("samr", "appeals:decide"));
        var (company, representative) = (TestIdentifiers.Organization(), TestIdentifiers.Person());
        var listed = await ListsApi.ListAsync(client, "samr", "FOOD_SAFETY", company, "organization",
            legalRepresentative: new { identifier = representative, name = "冯志强" });
        await Eventually.HoldsAsync(() => RestrictedAsync(client, representative), "the co-listed representative restricts in checks");

        using var filed = await AppealsApi.FileAsync(client, listEntryId: listed.GetProperty("id").GetGuid(), tenant: "samr");

        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        await Eventually.HoldsAsync(async () => !await RestrictedAsync(client, representative), "the representative is suspended with the company");
        using var rejected = await AppealsApi.DecideAsync(reviewer, (await filed.ReadJsonAsync()).GetProperty("id").GetGuid(), "rejected", tenant: "samr");
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK, await rejected.Content.ReadAsStringAsync());
        // The two entries reach the check index as two changes: each is awaited, in no assumed order.
        await Eventually.HoldsAsync(() => RestrictedAsync(client, representative), "the representative is reinstated with the company");
        await Eventually.HoldsAsync(() => RestrictedAsync(client, company), "the company is reinstated");
    }

    [Fact]
    public async Task Listing_WhenMade_NotifiesWithTheListsLegalBasisAndDeadline()
    {
        using var client = host.Factory.ApiClient();
        var person = TestIdentifiers.Person();
        using var enrolled = await client.PostAsJsonAsync("/api/v1/tenants/spc/subjects", new { kind = "person", identifier = person, name = "测试" });
        var subject = (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid();

        await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", person);

        var notice = (await AppealsApi.NotificationsAsync(client, subject, "spc")).EnumerateArray().Single();
        notice.GetProperty("kind").GetString().ShouldBe("listing");
        notice.GetProperty("legalBasis").GetString().ShouldNotBeNullOrWhiteSpace();
        notice.TryGetProperty("appealDeadline", out var deadline).ShouldBeTrue();
        deadline.GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(14));
    }
}
