using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Audit;

/// <summary>Small helpers shared by the audit tests: enrol through the API, read the chain's verdict.</summary>
internal static class AuditTrail
{
    public static async Task<Guid> EnrolAsync(HttpClient client, string tenant = "rongcheng")
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/subjects",
            new { kind = "person", identifier = TestIdentifiers.Person(), name = "审计 Audit" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> VerificationAsync(CreditPlatformFactory factory, string tenant = "rongcheng")
    {
        using var client = factory.ApiClient();
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/audit/verification");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<Guid> TenantIdAsync(CreditPlatformFactory factory, string slug)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = $1", owner) { Parameters = { new() { Value = slug } } };
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs SQL as the database owner, who (unlike the app) may alter audit rows.</summary>
    public static async Task<int> AsOwnerAsync(CreditPlatformFactory factory, string sql, params object[] args)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, owner);
        foreach (var a in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return await command.ExecuteNonQueryAsync();
    }
}
