using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.MultiTenancy;

/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class TenantIsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<(Guid Id, string Identifier)> EnrolInAsync(string tenant)
    {
        using var client = host.Factory.ApiClient();
        var identifier = TestIdentifiers.Person();
        using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/subjects", new { kind = "person", identifier, name = "隔离" });
        response.EnsureSuccessStatusCode();
        return ((await response.ReadJsonAsync()).GetProperty("id").GetGuid(), identifier);
    }

    [Fact]
    public async Task GetSubject_WhenOfficialOfAnotherTenant_Returns403()
    {
        var (id, _) = await EnrolInAsync("spc");
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await official.GetAsync($"/api/v1/tenants/spc/subjects/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetSubject_WhenOfficialOfSameTenant_Returns200()
    {
        var (id, _) = await EnrolInAsync("rongcheng");
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await official.GetAsync($"/api/v1/tenants/rongcheng/subjects/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lookup_WhenKeyOfAnotherTenant_Returns403()
    {
        var (_, identifier) = await EnrolInAsync("spc");
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "subjects:read"));

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/spc/subjects/lookup", new { identifier });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetSubject_WhenIdBelongsToAnotherTenantButRouteIsOwn_Returns404()
    {
        var (spcSubject, _) = await EnrolInAsync("spc");
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "subjects:read"));

        using var response = await client.GetAsync($"/api/v1/tenants/rongcheng/subjects/{spcSubject}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(spcSubject.ToString());
    }

    [Fact]
    public async Task Lookup_WhenKeyLacksScope_Returns403()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write"));

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = TestIdentifiers.Person() });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lookup_WhenAnonymous_Returns401()
    {
        using var client = host.Factory.ApiClient(apiKey: null);

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = TestIdentifiers.Person() });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Lookup_WhenKeyIsUnknown_Returns401()
    {
        using var client = host.Factory.ApiClient("cpk_not-a-real-key");

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = TestIdentifiers.Person() });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnyEndpoint_WhenTenantIsUnknown_Returns404Problem()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/atlantis/subjects/lookup", new { identifier = TestIdentifiers.Person() });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Enrol_WhenCitizen_Returns403()
    {
        using var citizen = await host.Factory.SignedInClientAsync("zhang.wei");

        using var response = await citizen.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier = TestIdentifiers.Person(), name = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
