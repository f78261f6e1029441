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
        var organisationCode = $"MA{seq:00000}X";
        var first17 = $"91320102{organisationCode}{OrganisationCheck(organisationCode)}";
        return first17 + Domain.Subjects.UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>The GB 11714 check character of the embedded organisation code: a code failing it is held for identification.</summary>
    private static char OrganisationCheck(string first8)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (char.IsAsciiDigit(first8[i]) ? first8[i] - '0' : first8[i] - 'A' + 10) * weights[i];
        }

        return (11 - (sum % 11)) switch { 10 => 'X', 11 => '0', var c => (char)('0' + c) };
    }
}
