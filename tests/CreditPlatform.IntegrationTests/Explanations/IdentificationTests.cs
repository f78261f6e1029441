using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Explanations;

public sealed class IdentificationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Tenant = "spc";
    private const string List = "COURT_DEFAULTERS";

    private static async Task<(Guid Id, string Identifier)> EnrolAsync(HttpClient client, string name)
    {
        var identifier = TestIdentifiers.Person();
        using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{Tenant}/subjects", new { kind = "person", identifier, name });
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("id").GetGuid(), identifier);
    }

    private static async Task<Guid> ListByNameAsync(HttpClient client, string name)
    {
        using var response = await ListsApi.AddEntryAsync(client, Tenant, List, new
        {
            kind = "person", name, pendingIdentification = true,
            reason = "有履行能力而拒不履行", documentNumber = "(2026)测01执9号",
        });
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        body.GetProperty("status").GetString().ShouldBe("pendingIdentification");
        return body.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task AddListEntry_WhenPendingIdentification_RestrictsNobodyUntilConfirmed()
    {
        using var client = host.Factory.ApiClient();
        var (subject, identifier) = await EnrolAsync(client, "王小明");
        var entry = await ListByNameAsync(client, "王小明");

        // A later listing restricting proves the index has caught up past the held one.
        var marker = TestIdentifiers.Person();
        await ListsApi.ListAsync(client, Tenant, List, marker);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(client, marker), "the later listing restricts");
        (await ListsApi.IsRestrictedAsync(client, identifier)).ShouldBeFalse();

        using var confirmed = await client.PostAsJsonAsync($"/api/v1/tenants/{Tenant}/lists/{List}/entries/{entry}/identification", new { subjectId = subject });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(client, identifier), "the confirmed entry restricts");
    }

    [Fact]
    public async Task GetIdentificationCandidates_WhenNamesakesAreEnrolled_RanksTheClosestNameFirst()
    {
        using var client = host.Factory.ApiClient();
        var (exact, _) = await EnrolAsync(client, "赵建国");
        await EnrolAsync(client, "赵建");
        var entry = await ListByNameAsync(client, "赵建国");

        using var response = await client.GetAsync($"/api/v1/tenants/{Tenant}/lists/{List}/entries/{entry}/candidates");

        var candidates = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, candidates.ToString());
        candidates[0].GetProperty("subjectId").GetGuid().ShouldBe(exact);
        candidates[0].GetProperty("similarity").GetDouble().ShouldBe(1.0);
        candidates.GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task AddListEntry_WhenLegacyOrganisationCodeFailsItsCheck_HoldsTheEntry()
    {
        using var client = host.Factory.ApiClient();
        var valid = TestIdentifiers.Organization();
        var wrongCheck = valid[16] == '1' ? '2' : '1';
        var first17 = valid[..16] + wrongCheck;
        var legacy = first17 + Domain.Subjects.UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        var created = await ListsApi.ListAsync(client, Tenant, List, legacy, kind: "organization");

        created.GetProperty("status").GetString().ShouldBe("pendingIdentification");
    }

    [Fact]
    public async Task AddListEntry_WhenIdentifierInvalidWithoutTheFlag_Is400()
    {
        using var client = host.Factory.ApiClient();

        using var response = await ListsApi.AddEntryAsync(client, Tenant, List, new
        {
            kind = "person", name = "某人", identifier = "123", reason = "理由", documentNumber = "(2026)测01执10号",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
