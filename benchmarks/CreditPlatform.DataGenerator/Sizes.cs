using Npgsql;

namespace CreditPlatform.DataGenerator;

/// <summary>Rows and bytes (table, indexes and TOAST together) of the tables that grow with the population.</summary>
internal static class Sizes
{
    public static async Task<int> RunAsync()
    {
        await using var connection = new NpgsqlConnection(Options.Env("ConnectionStrings__Default"));
        await connection.OpenAsync();
        foreach (var table in new[] { "subjects", "ledger_entries", "credit_events", "scores", "list_entries", "check_log" })
        {
            // A partitioned table has no storage of its own: its size is its partitions' (pg_partition_tree gives nothing for a plain table).
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce((SELECT sum(pg_total_relation_size(relid))::bigint FROM pg_partition_tree('{table}')), pg_total_relation_size('{table}')) FROM {table}", connection) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var rows = reader.GetInt64(0);
            var bytes = reader.GetInt64(1);
            Console.WriteLine($"size table={table} rows={rows} bytes={bytes} bytes_per_row={(rows == 0 ? 0 : bytes / rows)}");
        }

        return 0;
    }
}
