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
}
