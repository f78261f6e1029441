using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.MultiTenancy;

/// <summary>
/// The batch path COPYs events and entries straight into the partition that holds its jurisdiction (migration 0032),
/// because PostgreSQL refuses COPY into a table under row-level security. These tests prove the second wall still
/// stands for the application role on those partitions: it may only insert, never read, and a statement with any row
/// of another jurisdiction is refused, whichever partition it names.
/// </summary>
public sealed class LedgerPartitionIsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly string[] PartitionedTables = ["credit_events", "ledger_entries"];

    private const string EntryColumns =
        "tenant_id, id, sequence, subject_id, rule_code, rule_version, points, raw_points, capped, cap_notes, occurred_at, recorded_at, recorder, previous_hash, hash";

    private async Task<Guid> TenantIdAsync(string slug)
    {
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = $1", owner) { Parameters = { new() { Value = slug } } };
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var a in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return await command.ExecuteScalarAsync();
    }

    /// <summary>The app role in a transaction (rolled back when disposed) acting for <paramref name="tenant"/>.</summary>
    private async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> ActAsAsync(Guid tenant)
    {
        var app = host.Factory.OpenAppRoleConnection();
        var tx = await app.BeginTransactionAsync();
        await ScalarAsync(app, "SELECT set_config('app.tenant_id', $1, true)", tenant.ToString());
        return (app, tx);
    }

    private static async Task<string> PartitionOfAsync(NpgsqlConnection connection, string table, Guid tenant) =>
        (string)(await ScalarAsync(connection, "SELECT tenant_partition_of($1::regclass, $2)", table, tenant))!;

    private static async Task CopyEntryAsync(NpgsqlConnection connection, string table, Guid tenant)
    {
        var sequence = Random.Shared.NextInt64(1_000_000_000_000, 2_000_000_000_000);
        await using var writer = await connection.BeginTextImportAsync($"COPY \"{table}\" ({EntryColumns}) FROM STDIN");
        await writer.WriteLineAsync(string.Join('\t',
            tenant, Guid.NewGuid(), sequence, Guid.NewGuid(), "PARTITION_TEST", 1, -1, -1, "f", "{}",
            "2026-01-01 00:00:00+00", "2026-01-01 00:00:00+00", "test", "", new string('0', 64)));
    }

    [Fact]
    public async Task Copy_IntoOwnPartition_IsSeenThroughTheParentByThatTenantOnly()
    {
        var rongcheng = await TenantIdAsync("rongcheng");
        var spc = await TenantIdAsync("spc");
        var (app, tx) = await ActAsAsync(rongcheng);
        await using (app)
        await using (tx)
        {
            await CopyEntryAsync(app, await PartitionOfAsync(app, "ledger_entries", rongcheng), rongcheng);

            (await ScalarAsync(app, "SELECT count(*) FROM ledger_entries WHERE rule_code = 'PARTITION_TEST'")).ShouldBe(1L);
            await ScalarAsync(app, "SELECT set_config('app.tenant_id', $1, true)", spc.ToString());
            (await ScalarAsync(app, "SELECT count(*) FROM ledger_entries WHERE rule_code = 'PARTITION_TEST'")).ShouldBe(0L);
        }
    }

    [Fact]
    public async Task Copy_IntoOwnPartition_WhenARowNamesAnotherTenantOfThatPartition_IsRefused()
    {
        var rongcheng = await TenantIdAsync("rongcheng");
        var (app, tx) = await ActAsAsync(rongcheng);
        await using (app)
        await using (tx)
        {
            var partition = await PartitionOfAsync(app, "ledger_entries", rongcheng);
            // Another jurisdiction whose rows hash into the same partition: the partition's bound lets it in, the trigger must not.
            var neighbour = Guid.NewGuid();
            while (await PartitionOfAsync(app, "ledger_entries", neighbour) != partition)
            {
                neighbour = Guid.NewGuid();
            }

            var error = await Should.ThrowAsync<PostgresException>(() => CopyEntryAsync(app, partition, neighbour));

            error.SqlState.ShouldBe("42501");
        }
    }

    [Fact]
    public async Task Copy_IntoAnotherTenantsPartition_IsRefused()
    {
        var rongcheng = await TenantIdAsync("rongcheng");
        var (app, tx) = await ActAsAsync(rongcheng);
        await using (app)
        await using (tx)
        {
            var own = await PartitionOfAsync(app, "ledger_entries", rongcheng);
            var stranger = Guid.NewGuid();
            string partition;
            while ((partition = await PartitionOfAsync(app, "ledger_entries", stranger)) == own)
            {
                stranger = Guid.NewGuid();
            }

            // The row names the partition's own tenant, so only the session's tenant can refuse it.
            var error = await Should.ThrowAsync<PostgresException>(() => CopyEntryAsync(app, partition, stranger));

            error.SqlState.ShouldBe("42501");
        }
    }

    [Fact]
    public async Task Copy_IntoTheParent_IsRefusedByRowLevelSecurity()
    {
        var rongcheng = await TenantIdAsync("rongcheng");
        var (app, tx) = await ActAsAsync(rongcheng);
        await using (app)
        await using (tx)
        {
            var error = await Should.ThrowAsync<PostgresException>(() => CopyEntryAsync(app, "ledger_entries", rongcheng));

            error.SqlState.ShouldBe("0A000"); // COPY FROM not supported with row-level security
        }
    }

    [Fact]
    public async Task Partitions_WhenAppRoleReadsChangesOrDeletes_AreRefused()
    {
        var rongcheng = await TenantIdAsync("rongcheng");
        foreach (var table in PartitionedTables)
        {
            foreach (var statement in new[] { "SELECT count(*) FROM \"{0}\"", "WITH u AS (UPDATE \"{0}\" SET recorder = 'x' RETURNING 1) SELECT count(*) FROM u", "WITH d AS (DELETE FROM \"{0}\" RETURNING 1) SELECT count(*) FROM d" })
            {
                var (app, tx) = await ActAsAsync(rongcheng);
                await using (app)
                await using (tx)
                {
                    var partition = await PartitionOfAsync(app, table, rongcheng);
                    var error = await Should.ThrowAsync<PostgresException>(() => ScalarAsync(app, string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, partition)));

                    error.SqlState.ShouldBe("42501", $"{statement} on {partition}");
                }
            }
        }
    }

    [Fact]
    public async Task EveryPartitionOfATenantTable_TakesInsertsOnlyAndHasTheGuard()
    {
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("""
            SELECT parent.relname, c.relname, parent.relrowsecurity,
                   EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = parent.oid),
                   has_table_privilege('creditplatform_app', c.oid, 'INSERT'),
                   has_table_privilege('creditplatform_app', c.oid, 'SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'),
                   EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'tenant_partition_guard' AND t.tgenabled = 'O')
            FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid
            JOIN pg_class parent ON parent.oid = i.inhparent
            JOIN pg_namespace n ON n.oid = parent.relnamespace
            WHERE n.nspname = 'public' AND parent.relkind = 'p'
            """, owner);
        var partitions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(1);
            partitions.Add(reader.GetString(0));
            reader.GetBoolean(2).ShouldBeTrue($"the parent of {name} has row-level security");
            reader.GetBoolean(3).ShouldBeTrue($"the parent of {name} has a tenant policy");
            reader.GetBoolean(4).ShouldBeTrue($"the app role may insert into {name}");
            reader.GetBoolean(5).ShouldBeFalse($"the app role may do nothing else with {name}");
            reader.GetBoolean(6).ShouldBeTrue($"{name} has the tenant guard");
        }

        partitions.Distinct().Order().ShouldBe(PartitionedTables);
    }
}
