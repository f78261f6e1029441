using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Infrastructure.Scoring;
using Npgsql;

namespace CreditPlatform.DataGenerator;

/// <summary>Recomputes every jurisdiction's scores from its ledger with the routine the platform uses after a scheme change.</summary>
internal static class Recompute
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync()
    {
        await using var connection = new NpgsqlConnection(Options.Env("ConnectionStrings__Default"));
        await connection.OpenAsync();
        var schemes = new List<SchemeVersion>();
        await using (var read = new NpgsqlCommand("""
            SELECT DISTINCT ON (tenant_id) tenant_id, version, definition::text FROM scoring_schemes ORDER BY tenant_id, version DESC
            """, connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemes.Add(new SchemeVersion
                {
                    TenantId = reader.GetGuid(0),
                    Version = reader.GetInt32(1),
                    Definition = JsonSerializer.Deserialize<SchemeDefinition>(reader.GetString(2), Json)!,
                });
            }
        }

        long entries;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM ledger_entries", connection))
        {
            entries = (long)(await count.ExecuteScalarAsync())!;
        }

        var clock = Stopwatch.StartNew();
        var scored = 0;
        foreach (var scheme in schemes)
        {
            scored += await ScoreRecomputeSql.RunAsync(connection, scheme.TenantId, scheme, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recompute subjects={scored} entries={entries} seconds={clock.Elapsed.TotalSeconds:F1}"));
        return 0;
    }
}
