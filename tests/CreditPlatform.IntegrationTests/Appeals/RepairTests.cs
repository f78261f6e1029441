using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Credit repair ends a listing early: it leaves checks and publication.</summary>
public sealed class RepairTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static async Task<bool> RestrictedAsync(HttpClient client, string identifier)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { identifier } });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("results")[0].GetProperty("restricted").GetBoolean();
    }

    private static async Task<long> PublishedAsync(HttpClient anonymous, string name)
    {
        using var response = await anonymous.GetAsync($"/api/v1/public/list-entries?name={Uri.EscapeDataString(name)}");
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("total").GetInt64();
    }

    [Fact]
    public async Task DecideRepair_WhenApproved_RemovesTheListEntryFromChecksAndPublication()
    {
        using var client = host.Factory.ApiClient();
        using var anonymous = host.Factory.ApiClient(apiKey: null);
        var list = await ListsApi.CreateListAsync(client, "rongcheng");
        var person = TestIdentifiers.Person();
        var name = "修复测试" + Guid.NewGuid().ToString("N")[..6];
        var listed = await ListsApi.ListAsync(client, "rongcheng", list, person, name: name);
        await Eventually.HoldsAsync(() => RestrictedAsync(client, person), "the listing restricts in checks");
        (await PublishedAsync(anonymous, name)).ShouldBe(1);
        using var filed = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/repairs",
            new { listEntryId = listed.GetProperty("id").GetGuid(), obligationPerformed = true, commitment = "本人承诺守信 I undertake to keep faith." });
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var repair = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var reviewer = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "appeals:decide"));

        using var approved = await reviewer.PostAsJsonAsync($"/api/v1/tenants/rongcheng/repairs/{repair}/decision",
            new { approve = true, reasons = "已履行并承诺 Performed and committed." });

        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => !await RestrictedAsync(client, person), "the repaired listing no longer restricts");
        (await PublishedAsync(anonymous, name)).ShouldBe(0);
    }

    [Fact]
    public async Task DecideRepair_WhenTheListerDecides_Returns422ReviewerIsRecorder()
    {
        using var client = host.Factory.ApiClient();
        var list = await ListsApi.CreateListAsync(client, "rongcheng");
        var listed = await ListsApi.ListAsync(client, "rongcheng", list, TestIdentifiers.Person());
        using var filed = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/repairs",
            new { listEntryId = listed.GetProperty("id").GetGuid(), obligationPerformed = true, commitment = "承诺 Commitment." });
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var repair = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var refused = await client.PostAsJsonAsync($"/api/v1/tenants/rongcheng/repairs/{repair}/decision",
            new { approve = true, reasons = "自己批准 Approving my own listing's repair." });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("reviewer_is_recorder");
    }

    [Fact]
    public async Task FileRepair_WhenMinimumPeriodNotReached_Returns422WithEarliestDate()
    {
        using var client = host.Factory.ApiClient();
        var listed = await ListsApi.ListAsync(client, "samr", "FOOD_SAFETY", TestIdentifiers.Organization(), "organization");

        using var early = await client.PostAsJsonAsync("/api/v1/tenants/samr/repairs",
            new { listEntryId = listed.GetProperty("id").GetGuid(), obligationPerformed = true, commitment = "承诺 Commitment." });

        early.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await early.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("repair_too_early");
        problem.GetProperty("earliestRepair").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(364));
    }
}
