using System.Globalization;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Security.Fuzz;

/// <summary>Row counts of every table that carries a tenant_id, read as the owner (no row-level security).</summary>
public static class TenantRowCounts
{
    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(CreditPlatformFactory factory)
    {
        await using var owner = factory.OpenOwnerConnection();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1", owner))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var count = new NpgsqlCommand(string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM \"{t}\"")), owner);
        await using var rows = await count.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            counts[rows.GetString(0)] = rows.GetInt64(1);
        }

        return counts;
    }

    public static string Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        string.Join(", ", after.Where(a => before.GetValueOrDefault(a.Key) != a.Value)
            .Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key).ToString(CultureInfo.InvariantCulture)}→{a.Value.ToString(CultureInfo.InvariantCulture)}"));
}
