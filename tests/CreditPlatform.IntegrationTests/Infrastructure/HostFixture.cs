using System.Net.Http.Json;
using System.Text.Json;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>One host and database per test class (xunit class fixture); classes run in parallel.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartAsync();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

public static class Json
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Web);
}

/// <summary>Identifiers valid under GB 11643 / GB 32100, built from a seed so tests never collide.</summary>
public static class TestIdentifiers
{
    private static int _next = 100;

    public static string Person()
    {
        var seq = Interlocked.Increment(ref _next) % 1000;
        var first17 = $"32010219800101{seq:000}";
        return first17 + Domain.Subjects.ResidentIdentityNumber.ComputeCheckCharacter(first17);
    }

    public static string Organization()
    {
        var seq = Interlocked.Increment(ref _next) % 100000;
        var first17 = $"91320102MA{seq:00000}X0";
        return first17 + Domain.Subjects.UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
