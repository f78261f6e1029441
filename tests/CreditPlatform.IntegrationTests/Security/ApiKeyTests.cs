using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Security;

public sealed class ApiKeyTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Create_WhenPlatformKey_ReturnsSecretOnceAndStoresOnlyItsHash()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "Rail ticketing", scopes = new[] { "checks:read" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secret = (await response.ReadJsonAsync()).GetProperty("secret").GetString()!;
        secret.ShouldStartWith("cpk_");
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM api_keys WHERE encode(key_hash, 'escape') LIKE '%' || $1 || '%' OR prefix = $1", owner)
        {
            Parameters = { new() { Value = secret } },
        };
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Fact]
    public async Task Revoke_WhenKeyIsRevoked_StopsWorkingAtOnce()
    {
        using var platform = host.Factory.ApiClient();
        using var created = await platform.PostAsJsonAsync("/api/v1/api-keys", new { name = "Bank", tenant = "rongcheng", scopes = new[] { "subjects:read" } });
        var body = await created.ReadJsonAsync();
        using var keyed = host.Factory.ApiClient(body.GetProperty("secret").GetString());
        (await keyed.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = TestIdentifiers.Person() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var revoked = await platform.DeleteAsync($"/api/v1/api-keys/{body.GetProperty("id").GetGuid()}");

        revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await keyed.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = TestIdentifiers.Person() }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_WhenOfficialAsksForAnotherTenant_Returns403()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await official.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", tenant = "spc", scopes = new[] { "checks:read" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_WhenScopeIsUnknown_Returns400WithFieldError()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "everything" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith("scopes", StringComparison.Ordinal));
    }
}
