using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Infrastructure.Scoring;
using Npgsql;

namespace CreditPlatform.DataGenerator;

/// <summary>Recomputes every jurisdiction's scores from its ledger with the routine the platform uses after a scheme change, jurisdictions in parallel.</summary>
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

        // Jurisdictions are independent: each recomputes on its own connection, as many at once as there are cores
        // (one INSERT … SELECT runs on one PostgreSQL backend, so one at a time would leave the other cores idle).
        var clock = Stopwatch.StartNew();
        var scored = 0;
        await Parallel.ForEachAsync(schemes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (scheme, ct) =>
        {
            await using var own = new NpgsqlConnection(Options.Env("ConnectionStrings__Default"));
            await own.OpenAsync(ct);
            Interlocked.Add(ref scored, await ScoreRecomputeSql.RunAsync(own, scheme.TenantId, scheme, DateTimeOffset.UtcNow, null, ct));
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recompute subjects={scored} entries={entries} seconds={clock.Elapsed.TotalSeconds:F1}"));
        return 0;
    }
}
