using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>Answers that prove themselves: a decision id read back later, and entries under appeal said to be disputed.</summary>
public sealed class CheckDecisionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    private static async Task<JsonElement> CheckAsync(HttpClient client, params string[] identifiers)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task Decision_ReadRightAfterTheCheck_ReturnsTheSameAnswer_EvenAfterTheListChanged()
    {
        var listed = TestIdentifiers.Person();
        var clean = TestIdentifiers.Person();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var id = (await ListsApi.ListAsync(Client, "spc", list, listed)).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, listed), "the listing restricts");

        var answer = await CheckAsync(Client, clean, listed, "not-an-id");
        var decisionId = answer.GetProperty("decisionId").GetGuid();
        answer.GetProperty("indexGeneration").GetInt64().ShouldBeGreaterThan(0);

        // Read at once: the log is written off the request path, and the read waits for it.
        using var first = await Client.GetAsync($"/api/v1/checks/{decisionId}");
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var again = await first.ReadJsonAsync();

        (await ListsApi.RemoveAsync(Client, "spc", list, id)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => !await ListsApi.IsRestrictedAsync(Client, listed), "the removal lifts the restriction");
        using var later = await Client.GetAsync($"/api/v1/checks/{decisionId}");
        var afterRemoval = await later.ReadJsonAsync();

        foreach (var read in new[] { again, afterRemoval })
        {
            read.GetProperty("decisionId").GetGuid().ShouldBe(decisionId);
            read.GetProperty("indexGeneration").GetInt64().ShouldBe(answer.GetProperty("indexGeneration").GetInt64());
            read.GetProperty("results").GetRawText().ShouldBe(answer.GetProperty("results").GetRawText());
        }

        afterRemoval.GetProperty("results")[1].GetProperty("restricted").GetBoolean().ShouldBeTrue();
        (await later.Content.ReadAsStringAsync()).ShouldNotContain(listed);
    }

    [Fact]
    public async Task Decision_OfAnotherCaller_IsNotFound_ButItsIssuersAuditorReadsIt()
    {
        var listed = TestIdentifiers.Person();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        await ListsApi.ListAsync(Client, "spc", list, listed);
        using var airline = host.Factory.ApiClient(await host.Factory.CreateKeyAsync(null, "checks:read"));
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(airline, listed), "the listing restricts");
        var decisionId = (await CheckAsync(airline, listed)).GetProperty("decisionId").GetGuid();

        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read", "audit:read"));
        using var refused = await other.GetAsync($"/api/v1/checks/{decisionId}");
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        using var auditor = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "checks:read", "audit:read"));
        using var read = await auditor.GetAsync($"/api/v1/checks/{decisionId}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.ReadJsonAsync()).GetProperty("results")[0].GetProperty("entries")[0].GetProperty("list").GetString().ShouldBe(list);

        using var own = await airline.GetAsync($"/api/v1/checks/{decisionId}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var unknown = await airline.GetAsync($"/api/v1/checks/{Guid.CreateVersion7()}");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Check_OfAnEntryUnderAppeal_OnAListThatDoesNotSuspend_IsRestrictedAndDisputed()
    {
        var person = TestIdentifiers.Person();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var entry = (await ListsApi.ListAsync(Client, "spc", list, person)).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, person), "the listing restricts");
        (await CheckAsync(Client, person)).GetProperty("results")[0].GetProperty("disputed").GetBoolean().ShouldBeFalse();

        using var filed = await AppealsApi.FileAsync(Client, listEntryId: entry, tenant: "spc");
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());

        await Eventually.HoldsAsync(async () =>
            (await CheckAsync(Client, person)).GetProperty("results")[0].GetProperty("disputed").GetBoolean(), "the appeal shows as a dispute");
        var result = (await CheckAsync(Client, person)).GetProperty("results")[0];
        result.GetProperty("restricted").GetBoolean().ShouldBeTrue();
        result.GetProperty("entries")[0].GetProperty("disputed").GetBoolean().ShouldBeTrue();

        using var reviewer = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "appeals:decide"));
        using var rejected = await AppealsApi.DecideAsync(reviewer, (await filed.ReadJsonAsync()).GetProperty("id").GetGuid(), "rejected", tenant: "spc");
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK, await rejected.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () =>
            !(await CheckAsync(Client, person)).GetProperty("results")[0].GetProperty("disputed").GetBoolean(), "the decided appeal is no dispute");
        (await ListsApi.IsRestrictedAsync(Client, person)).ShouldBeTrue();
    }

    [Fact]
    public async Task Check_ByAJurisdictionsKey_OfItsOwnSubject_CarriesItsBandsMeasures_AndOtherJurisdictionsDoNot()
    {
        var identifier = TestIdentifiers.Person();
        using (var enrolled = await Client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name = "测试" }))
        {
            enrolled.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using (var scored = await Client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events",
                   new { identifier, ruleCode = "HEROIC_ACT", occurredAt = DateTimeOffset.UtcNow.AddDays(-1) }))
        {
            scored.StatusCode.ShouldBe(HttpStatusCode.Created, await scored.Content.ReadAsStringAsync());
        }

        using var rongcheng = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));
        using var majia = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "checks:read"));

        var own = (await CheckAsync(rongcheng, identifier)).GetProperty("results")[0];
        var band = own.GetProperty("band");
        band.GetProperty("tenant").GetString().ShouldBe("rongcheng");
        band.GetProperty("band").GetString().ShouldBe("AA");
        band.GetProperty("measures").Strings().ShouldBe(["PUBLIC_POST_ELIGIBLE", "PUBLIC_CONTRACTOR_ELIGIBLE"], ignoreOrder: true);
        own.GetProperty("rewards").Strings().ShouldContain("PUBLIC_POST_ELIGIBLE");
        own.GetProperty("restricted").GetBoolean().ShouldBeFalse();

        (await CheckAsync(majia, identifier)).GetProperty("results")[0].TryGetProperty("band", out _).ShouldBeFalse();
        (await CheckAsync(Client, identifier)).GetProperty("results")[0].TryGetProperty("band", out _).ShouldBeFalse();
    }
}
