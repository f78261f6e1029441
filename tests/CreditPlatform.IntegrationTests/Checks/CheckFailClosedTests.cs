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
            $"Host=127.0.0.1;Port={PortFinder.Free()};Username=nobody;Password=none;Timeout=1;Pooling=false")));

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
}
