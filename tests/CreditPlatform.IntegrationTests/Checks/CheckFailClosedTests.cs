using System.Net;
using System.Net.Http.Json;
using CreditPlatform.Infrastructure.Checks;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>Checks fail closed: an index that has not loaded answers nobody rather than "unrestricted" for everyone.</summary>
public sealed class CheckFailClosedTests
{
    /// <summary>A host whose index can never load: its listener points at a port nothing listens on.</summary>
    private static Task<CreditPlatformFactory> StartWithoutIndexAsync() => CreditPlatformFactory.StartAsync(
        new Dictionary<string, string?> { ["Lists:IndexStartupWait"] = "00:00:00" },
        services => services.AddSingleton(new ListenerConnection(
            $"Host=127.0.0.1;Port={PortFinder.Free()};Username=nobody;Timeout=1;Pooling=false")));

    [Fact]
    public async Task Check_WhenTheIndexHasNotLoaded_Returns503WithRetryAfter()
    {
        await using var factory = await StartWithoutIndexAsync();
        using var client = factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { TestIdentifiers.Person() } });

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await response.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("check index");
    }

    [Fact]
    public async Task Check_WhenTheIndexHasNotLoadedAndTheRequestTakesTheEndpoint_Returns503()
    {
        await using var factory = await StartWithoutIndexAsync();
        using var client = factory.ApiClient();

        // Naming a jurisdiction steps past the fast path to the endpoint.
        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { TestIdentifiers.Person() }, tenant = "rongcheng" });

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task HealthReady_WhenTheIndexHasNotLoaded_IsNotReady()
    {
        await using var factory = await StartWithoutIndexAsync();
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Check_WhenTheIndexLostItsChangeFeedBeyondTheTolerance_Returns503UntilItHasReloaded()
    {
        CuttableProxy? proxy = null;
        await using var factory = await CreditPlatformFactory.StartAsync(
            new Dictionary<string, string?> { ["Lists:IndexStaleTolerance"] = "00:00:00" },
            services =>
            {
                // Only the index's LISTEN connection goes through the proxy; everything else keeps its database.
                var direct = (ListenerConnection)services.Last(d => d.ServiceType == typeof(ListenerConnection)).ImplementationInstance!;
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(direct.ConnectionString);
                proxy = new CuttableProxy(builder.Host!, builder.Port);
                builder.Host = "127.0.0.1";
                builder.Port = proxy.Port;
                services.AddSingleton(new ListenerConnection(builder.ConnectionString));
            });
        await using var _ = proxy!;
        using var client = factory.ApiClient();
        var identifier = TestIdentifiers.Person();
        async Task<HttpStatusCode> CheckAsync()
        {
            using var response = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { identifier } });
            return response.StatusCode;
        }

        (await CheckAsync()).ShouldBe(HttpStatusCode.OK);

        proxy!.Cut();
        await Eventually.HoldsAsync(async () => await CheckAsync() == HttpStatusCode.ServiceUnavailable, "checks refuse while the index is stale");
        using (var ready = await factory.NewClient().GetAsync("/health/ready"))
        {
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        proxy.Restore();
        await Eventually.HoldsAsync(async () => await CheckAsync() == HttpStatusCode.OK, "checks answer again once the index has reloaded");
    }

    [Fact]
    public async Task Check_WhenTheIndexLostItsChangeFeedWithinTheTolerance_KeepsServingAndSaysHowStale()
    {
        CuttableProxy? proxy = null;
        await using var factory = await CreditPlatformFactory.StartAsync(
            new Dictionary<string, string?> { ["Lists:IndexStaleTolerance"] = "01:00:00" },
            services =>
            {
                var direct = (ListenerConnection)services.Last(d => d.ServiceType == typeof(ListenerConnection)).ImplementationInstance!;
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(direct.ConnectionString);
                proxy = new CuttableProxy(builder.Host!, builder.Port);
                builder.Host = "127.0.0.1";
                builder.Port = proxy.Port;
                services.AddSingleton(new ListenerConnection(builder.ConnectionString));
            });
        await using var _ = proxy!;
        using var client = factory.ApiClient();
        using var anonymous = factory.NewClient();
        var listed = TestIdentifiers.Person();
        await Lists.ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", listed);
        await Eventually.HoldsAsync(() => Lists.ListsApi.IsRestrictedAsync(client, listed), "the listing restricts");
        async Task<System.Text.Json.JsonElement> IndexHealthAsync()
        {
            using var ready = await anonymous.GetAsync("/health/ready");
            ready.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await ready.ReadJsonAsync()).GetProperty("checks").GetProperty("check-index");
        }

        (await IndexHealthAsync()).GetProperty("status").GetString().ShouldBe("Healthy");

        proxy!.Cut();
        await Eventually.HoldsAsync(async () => (await IndexHealthAsync()).GetProperty("status").GetString() == "Degraded",
            "readiness says the index is stale");
        (await IndexHealthAsync()).GetProperty("data").GetProperty("staleSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);

        // Both ways to the handler answer from the last good state and say how stale it is.
        foreach (var body in new object[] { new { identifiers = new[] { listed } }, new { identifiers = new[] { listed }, tenant = "rongcheng" } })
        {
            using var response = await client.PostAsJsonAsync("/api/v1/checks", body);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.GetValues("X-Check-Index-Stale-Seconds").ShouldHaveSingleItem();
            (await response.ReadJsonAsync()).GetProperty("results")[0].GetProperty("restricted").GetBoolean().ShouldBeTrue();
        }

        proxy.Restore();
        await Eventually.HoldsAsync(async () => (await IndexHealthAsync()).GetProperty("status").GetString() == "Healthy",
            "readiness is healthy again once the index has reloaded");
        using var current = await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { listed } });
        current.Headers.Contains("X-Check-Index-Stale-Seconds").ShouldBeFalse();
    }
}
