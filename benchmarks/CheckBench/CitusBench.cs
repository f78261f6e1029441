using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.DevCluster;
using Npgsql;

/// <summary>The Citus side of benchmarks/run-all.sh (CITUS=1): a coordinator and two workers on this machine.</summary>
internal static class CitusBench
{
    private const string Database = "creditplatform_bench";
    private static readonly string[] NodeNames = ["pg", "worker1", "worker2"];
    private static readonly string[] Tables = ["subjects", "ledger_entries", "credit_events", "scores", "list_entries", "check_log"];

    public static async Task<int> UpAsync(string dir, string password)
    {
        if (!LocalCluster.ServerUserCanUse(dir))
        {
            Console.Error.WriteLine($"The database server user cannot write to {dir}.");
            return 1;
        }

        var appPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        // The coordinator lives in "pg", as the single node of `up` does, so `down` stops both layouts.
        var nodes = NodeNames
            .Select(n => new LocalCluster(Path.Combine(dir, n), LocalCluster.FreePort(), password) { ServerSettings = ["shared_preload_libraries=citus"] })
            .ToArray();
        foreach (var node in nodes)
        {
            await node.StartAsync(throwaway: true);
            await ExecuteAsync(node.ConnectionString("postgres"), $"CREATE DATABASE {Database}");
            // A third of what `up` gives the single node each: the three share this machine's memory.
            foreach (var setting in new[] { "shared_buffers = '1GB'", "max_wal_size = '4GB'", "checkpoint_timeout = '30min'", "work_mem = '64MB'" })
            {
                await ExecuteAsync(node.ConnectionString("postgres"), $"ALTER SYSTEM SET {setting}");
            }

            await node.RestartAsync();
            var db = node.ConnectionString(Database);
            await ExecuteAsync(db, "CREATE EXTENSION citus");
            await ExecuteAsync(db, $"CREATE ROLE {DatabaseMigrator.AppRole} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '{appPassword}'");
            await ExecuteAsync(db, $"INSERT INTO pg_dist_authinfo (nodeid, rolename, authinfo) VALUES (0, 'postgres', 'password={password}'), (0, '{DatabaseMigrator.AppRole}', 'password={appPassword}')");
        }

        var coordinator = nodes[0].ConnectionString(Database);
        await ExecuteAsync(coordinator, $"SELECT citus_set_coordinator_host('127.0.0.1', {nodes[0].Port})");
        foreach (var worker in nodes[1..])
        {
            await ExecuteAsync(coordinator, $"SELECT citus_add_node('127.0.0.1', {worker.Port})");
        }

        Console.WriteLine($"export ConnectionStrings__Default='{coordinator}'");
        Console.WriteLine($"export Database__AppPassword='{appPassword}'");
        Console.WriteLine($"export Identifiers__HashKey='{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}'");
        Console.WriteLine($"export Identifiers__EncryptionKey='{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}'");
        Console.WriteLine($"export Demo__ApiKey='cpk_bench_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20))}'");
        return 0;
    }

    public static async Task<int> ReportAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(owner) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        foreach (var row in await RowsAsync(connection, """
            SELECT nodeport, count(*), sum(shard_size) FROM citus_shards WHERE citus_table_type = 'distributed' GROUP BY nodeport ORDER BY nodeport
            """))
        {
            Console.WriteLine($"citus node port={row[0]} shards={row[1]} bytes={row[2]}");
        }

        foreach (var table in Tables)
        {
            // A partitioned table (ledger_entries, credit_events) holds nothing itself: its partitions' shards do, and
            // each hash range's shard is the sum of that range's partition shards.
            var rows = await RowsAsync(connection, $"SELECT count(*) FROM {table}");
            var shards = await RowsAsync(connection, $"""
                SELECT coalesce(sum(bytes), 0), count(*), coalesce(max(bytes), 0)
                FROM (SELECT d.shardminvalue, sum(s.shard_size) AS bytes
                      FROM citus_shards s JOIN pg_dist_shard d ON d.shardid = s.shardid
                      WHERE s.table_name = '{table}'::regclass
                         OR s.table_name IN (SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = '{table}'::regclass)
                      GROUP BY d.shardminvalue) ranges
                """);
            Console.WriteLine($"citus table name={table} rows={rows[0][0]} bytes={shards[0][0]} shards={shards[0][1]} largest_shard_bytes={shards[0][2]}");
        }

        var tenant = (Guid)(await RowsAsync(connection, "SELECT tenant_id FROM subjects GROUP BY tenant_id ORDER BY count(*) DESC LIMIT 1"))[0][0];
        var tenantRows = await RowsAsync(connection, $"SELECT (SELECT count(*) FROM subjects WHERE tenant_id = '{tenant}'), (SELECT count(*) FROM ledger_entries WHERE tenant_id = '{tenant}')");

        // The largest tenant's shard group (every co-located table's shard holding it), moved to the other worker.
        var shard = (long)(await RowsAsync(connection, $"SELECT get_shard_id_for_distribution_column('subjects', '{tenant}'::uuid)"))[0][0];
        var source = (int)(await RowsAsync(connection, $"SELECT nodeport FROM citus_shards WHERE shardid = {shard}"))[0][0];
        var target = (int)(await RowsAsync(connection, $"SELECT nodeport FROM pg_dist_node WHERE noderole = 'primary' AND nodeport <> {source} AND shouldhaveshards ORDER BY nodeport LIMIT 1"))[0][0];
        var groupBytes = await GroupBytesAsync(connection, shard);
        var subject = (Guid)(await RowsAsync(connection, $"SELECT id FROM subjects WHERE tenant_id = '{tenant}' LIMIT 1"))[0][0];
        var clock = Stopwatch.StartNew();
        var moveBlocked = await WhileWritingAsync(owner, tenant, subject, () => ExecuteAsync(connection,
            $"SELECT citus_move_shard_placement({shard}, '127.0.0.1', {source}, '127.0.0.1', {target}, shard_transfer_mode := 'block_writes')"));
        var moveSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"citus move tenant_subjects={tenantRows[0][0]} tenant_entries={tenantRows[0][1]} group_bytes={groupBytes} seconds={moveSeconds:F2} write_blocked_seconds={moveBlocked:F2}"));

        // The same tenant on a shard group of its own (split out of the group it shared with others).
        clock.Restart();
        long isolated = 0;
        var isolateBlocked = await WhileWritingAsync(owner, tenant, subject, async () => isolated = (long)(await RowsAsync(connection,
            $"SELECT isolate_tenant_to_new_shard('subjects', '{tenant}'::uuid, 'CASCADE', shard_transfer_mode := 'block_writes')"))[0][0]);
        var isolateSeconds = clock.Elapsed.TotalSeconds;
        var isolatedBytes = await GroupBytesAsync(connection, isolated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"citus isolate source_group_bytes={groupBytes} isolated_group_bytes={isolatedBytes} seconds={isolateSeconds:F2} write_blocked_seconds={isolateBlocked:F2}"));
        return 0;
    }

    /// <summary>
    /// Runs <paramref name="operation"/> while another connection writes one row of the tenant every 20 ms (a no-op
    /// update, routed to the tenant's shard); returns the longest any of those writes waited, in seconds.
    /// </summary>
    private static async Task<double> WhileWritingAsync(string owner, Guid tenant, Guid subject, Func<Task> operation)
    {
        using var stop = new CancellationTokenSource();
        var longest = TimeSpan.Zero;
        var writer = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(owner) { CommandTimeout = 0 }.ConnectionString);
            await connection.OpenAsync();
            await using var write = new NpgsqlCommand("UPDATE subjects SET name = name WHERE tenant_id = $1 AND id = $2", connection);
            write.Parameters.Add(new NpgsqlParameter { Value = tenant });
            write.Parameters.Add(new NpgsqlParameter { Value = subject });
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                await write.ExecuteNonQueryAsync();
                var took = Stopwatch.GetElapsedTime(started);
                longest = took > longest ? took : longest;
                await Task.Delay(20);
            }
        });
        try
        {
            await operation();
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        return longest.TotalSeconds;
    }

    /// <summary>Bytes of every co-located shard that holds the same hash range as <paramref name="shard"/>.</summary>
    private static async Task<long> GroupBytesAsync(NpgsqlConnection connection, long shard) =>
        Convert.ToInt64((await RowsAsync(connection, $"""
            SELECT coalesce(sum(s.shard_size), 0) FROM citus_shards s JOIN pg_dist_shard d ON d.shardid = s.shardid
            WHERE s.colocation_id = (SELECT colocation_id FROM citus_shards WHERE shardid = {shard} LIMIT 1)
              AND d.shardminvalue = (SELECT shardminvalue FROM pg_dist_shard WHERE shardid = {shard})
            """))[0][0], CultureInfo.InvariantCulture);

    private static async Task<List<object[]>> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, sql);
    }
}
