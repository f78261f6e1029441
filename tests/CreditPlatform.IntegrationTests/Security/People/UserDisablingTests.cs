using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.People;

/// <summary>A key acts for the person who issued it: disabling the person stops their keys. Own host: it disables a demo user.</summary>
public sealed class UserDisablingTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task DisableUser_WhenTheIssuerIsDisabled_TheirKeysStopWorkingAndTheyCannotSignIn()
    {
        using var official = await host.Factory.SignedInClientAsync("mj.official");
        using var issued = await official.PostAsJsonAsync("/api/v1/api-keys", new { name = "village script", tenant = "majia", scopes = new[] { "rules:read" } });
        var key = await issued.ReadJsonAsync();
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, key.ToString());
        using var keyClient = host.Factory.ApiClient(key.GetProperty("secret").GetString());
        using var before = await keyClient.GetAsync("/api/v1/tenants/majia/rules");
        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        var userId = Guid.Parse(key.GetProperty("issuedBy").GetString()!["user:".Length..]);
        using var platform = host.Factory.ApiClient();

        using var disabled = await platform.PostAsync($"/api/v1/tenants/majia/users/{userId}/disablement", null);

        disabled.StatusCode.ShouldBe(HttpStatusCode.OK, await disabled.Content.ReadAsStringAsync());
        (await disabled.ReadJsonAsync()).GetProperty("keysStopped").GetInt32().ShouldBe(1);
        using var after = await keyClient.GetAsync("/api/v1/tenants/majia/rules");
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Should.ThrowAsync<InvalidOperationException>(() => host.Factory.SignedInClientAsync("mj.official"));
    }

    [Fact]
    public async Task DisableUser_WhenTheUserBelongsToAnotherJurisdiction_Returns404()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var issued = await official.PostAsJsonAsync("/api/v1/api-keys", new { name = "city script", tenant = "rongcheng", scopes = new[] { "rules:read" } });
        var userId = Guid.Parse((await issued.ReadJsonAsync()).GetProperty("issuedBy").GetString()!["user:".Length..]);
        using var samrAdmin = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("samr", "users:write"));

        using var refused = await samrAdmin.PostAsync($"/api/v1/tenants/samr/users/{userId}/disablement", null);

        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
