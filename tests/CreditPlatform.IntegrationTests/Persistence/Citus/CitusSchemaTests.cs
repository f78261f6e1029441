using CreditPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Persistence.Citus;

/// <summary>
/// The schema on a live Citus cluster (a coordinator and two workers): the migrations lay every table out,
/// and row-level security, the audit hash chain, foreign keys and the cross-tenant functions keep working
/// on the distributed tables.
/// </summary>
[Trait("Category", "Citus")]
public sealed class CitusSchemaTests
{
    /// <summary>The application role's password on the cluster (roles are per node, not per database: every test there shares it).</summary>
    internal const string AppPassword = "test-app-citus";
    private static readonly Guid TenantA = Guid.Parse("0e000000-0000-0000-0000-00000000000a");
    private static readonly Guid TenantB = Guid.Parse("0e000000-0000-0000-0000-00000000000b");

    private static async Task<(CitusCluster Cluster, string Owner)> MigratedAsync()
    {
        var cluster = await CitusCluster.GetAsync();
        var owner = await cluster.CreateDatabaseAsync(AppPassword);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(owner, AppPassword, resetAppPassword: true);
        return (cluster, owner);
    }

    [CitusFact]
    public async Task Migrate_OnCitus_DistributesEveryTenantTableCoLocatedWithShardsOnBothWorkers()
    {
        var (cluster, owner) = await MigratedAsync();
        // A second run finds nothing left to lay out.
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(owner, AppPassword);

        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        var tenantTables = await ListAsync(connection, """
            SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
            """);
        var layout = await ReadLayoutAsync(connection);
        tenantTables.ShouldNotBeEmpty();

        var misplaced = new List<string>();
        foreach (var table in tenantTables)
        {
            if (!layout.TryGetValue(table, out var kind))
            {
                misplaced.Add($"{table}: not laid out");
            }
            else if (CitusLayout.ReferenceDespiteTenantKey.Contains(table) || kind.Column == "<none>")
            {
                // Platform-level tables whose tenant_id is a nullable owner, not part of the key, are replicated.
                if (kind.Type != "reference")
                {
                    misplaced.Add($"{table}: {kind.Type}, expected reference");
                }
            }
            else if (kind.Type != "distributed" || kind.Column != "tenant_id")
            {
                misplaced.Add($"{table}: {kind.Type} by {kind.Column}");
            }
        }

        misplaced.ShouldBeEmpty(string.Join("; ", misplaced));
        var keyedByTenant = layout.Where(l => l.Value.Column == "tenant_id").ToList();
        keyedByTenant.Count.ShouldBeGreaterThan(10);
        keyedByTenant.Select(l => l.Value.ColocationId).Distinct().Count().ShouldBe(1, "all tables keyed by tenant are co-located");
        // Every table of the public schema but the coordinator's own bookkeeping is laid out somewhere.
        var all = await ListAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        all.Except(layout.Keys).Except(CitusLayout.Local).ShouldBeEmpty();
        layout.Keys.Intersect(CitusLayout.Local).ShouldBeEmpty();

        var workerPorts = await ListAsync(connection, """
            SELECT DISTINCT s.table_name::text || ':' || s.nodeport FROM citus_shards s WHERE s.citus_table_type = 'distributed'
            """);
        foreach (var (table, _) in keyedByTenant)
        {
            foreach (var worker in cluster.Workers)
            {
                workerPorts.ShouldContain($"{table}:{worker.Port}", $"{table} has shards on the worker at port {worker.Port}");
            }
        }
    }

    [CitusFact]
    public async Task RowLevelSecurity_OnCitus_ShowsATransactionOnlyItsTenantsRowsFromEveryShard()
    {
        var (_, owner) = await MigratedAsync();
        await SeedTwoTenantsAsync(owner);

        await using var app = new NpgsqlConnection(DatabaseMigrator.AppConnectionString(owner, AppPassword));
        await app.OpenAsync();
        await using (var tx = await app.BeginTransactionAsync())
        {
            await ExecuteAsync(app, "SET LOCAL citus.propagate_set_commands TO 'local'", tx);
            await ExecuteAsync(app, $"SET LOCAL app.tenant_id TO '{TenantA}'", tx);
            (await ListAsync(app, "SELECT DISTINCT tenant_id::text FROM subjects", tx)).ShouldBe([TenantA.ToString()]);
            (await ListAsync(app, $"SELECT id::text FROM subjects WHERE tenant_id = '{TenantB}'", tx)).ShouldBeEmpty();
            var refused = await Should.ThrowAsync<PostgresException>(() =>
                ExecuteAsync(app, $"INSERT INTO subjects (tenant_id, id, kind, identifier_hash, identifier_cipher, masked_identifier, name, created_at) VALUES ('{TenantB}', gen_random_uuid(), 'natural_person', '\\x01', '\\x01', 'x', 'x', now())", tx));
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        }

        // A session-level setting does not reach the workers: the app role then sees no rows at all (closed, not open).
        await ExecuteAsync(app, $"SELECT set_config('app.tenant_id', '{TenantA}', false)");
        (await ListAsync(app, "SELECT id::text FROM subjects")).ShouldBeEmpty();
    }

    [CitusFact]
    public async Task AuditChainAndForeignKeys_OnCitus_HoldOnTheShards()
    {
        var (_, owner) = await MigratedAsync();
        await SeedTwoTenantsAsync(owner);
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        foreach (var tenant in new[] { TenantA, TenantB, TenantA, TenantA })
        {
            await ExecuteAsync(connection, $"INSERT INTO audit_log (tenant_id, at, actor, action) VALUES ('{tenant}', now(), 'system:test', 'test.write')");
        }

        (await ListAsync(connection, $"SELECT sequence::text FROM audit_log WHERE tenant_id = '{TenantA}' ORDER BY sequence")).ShouldBe(["1", "2", "3"]);
        (await ListAsync(connection, $"SELECT count(*)::text FROM audit_chain_first_break('{TenantA}')")).ShouldBe(["0"]);
        await ExecuteAsync(connection, $"UPDATE audit_log SET action = 'edited' WHERE tenant_id = '{TenantA}' AND sequence = 2");
        (await ListAsync(connection, $"SELECT sequence::text FROM audit_chain_first_break('{TenantA}')")).ShouldBe(["2"]);

        // The narrow cross-tenant reads plan on the distributed tables, for the application role too.
        await using (var app = new NpgsqlConnection(DatabaseMigrator.AppConnectionString(owner, AppPassword)))
        {
            await app.OpenAsync();
            (await ListAsync(app, "SELECT count(*)::text FROM list_catalogue()")).ShouldBe(["0"]);
            (await ListAsync(app, "SELECT count(*)::text FROM published_list_entries(NULL, NULL, now(), 0, 10)")).ShouldBe(["0"]);
            (await ListAsync(app, "SELECT count(*)::text FROM outbox_due_tenants(now(), 5)")).ShouldBe(["0"]);
        }

        var orphan = await Should.ThrowAsync<PostgresException>(() =>
            ExecuteAsync(connection, $"INSERT INTO scores (tenant_id, subject_id, score, scheme_version, computed_at) VALUES ('{TenantA}', '{Guid.NewGuid()}', 1000, 1, now())"));
        orphan.SqlState.ShouldBe(PostgresErrorCodes.ForeignKeyViolation);
    }

    private static async Task SeedTwoTenantsAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        foreach (var (tenant, slug) in new[] { (TenantA, "citus-a"), (TenantB, "citus-b") })
        {
            await ExecuteAsync(connection, $"INSERT INTO tenants (id, slug, name, kind, created_at) VALUES ('{tenant}', '{slug}', '{slug}', 'city', now())");
            for (var i = 0; i < 3; i++)
            {
                await ExecuteAsync(connection, $"INSERT INTO subjects (tenant_id, id, kind, identifier_hash, identifier_cipher, masked_identifier, name, created_at) VALUES ('{tenant}', gen_random_uuid(), 'natural_person', gen_random_uuid()::text::bytea, '\\x01', 'x', 'person {i}', now())");
            }
        }
    }

    private sealed record Layout(string Type, string Column, int ColocationId);

    private static async Task<Dictionary<string, Layout>> ReadLayoutAsync(NpgsqlConnection connection)
    {
        var layout = new Dictionary<string, Layout>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT table_name::text, citus_table_type, distribution_column, colocation_id FROM citus_tables", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            layout[reader.GetString(0)] = new Layout(reader.GetString(1), reader.GetString(2), reader.GetInt32(3));
        }

        return layout;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? tx = null)
    {
        var values = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? tx = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync();
    }
}
