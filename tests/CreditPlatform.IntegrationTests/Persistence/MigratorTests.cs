using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Persistence;

public sealed class MigratorTests
{
    private static async Task<string> EmptyDatabaseAsync(PostgresServer server)
    {
        var name = $"cp_migrate_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    [Fact]
    public async Task Migrate_WhenTwoInstancesStartAtOnce_AppliesEachScriptOnce()
    {
        var server = await PostgresServer.GetAsync();
        var database = await EmptyDatabaseAsync(server);
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);

        await Task.WhenAll(
            migrator.MigrateAsync(server.OwnerConnectionString(database), server.AppPassword),
            migrator.MigrateAsync(server.OwnerConnectionString(database), server.AppPassword));

        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT name) FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        reader.GetInt64(0).ShouldBe(DatabaseMigrator.Scripts().Count);
        reader.GetInt64(1).ShouldBe(DatabaseMigrator.Scripts().Count);
    }

    [Fact]
    public async Task Migrate_WhenAppliedScriptWasEdited_RefusesToStart()
    {
        var server = await PostgresServer.GetAsync();
        var database = await EmptyDatabaseAsync(server);
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync(server.OwnerConnectionString(database), server.AppPassword);
        await using (var connection = new NpgsqlConnection(server.OwnerConnectionString(database)))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand("UPDATE schema_migrations SET checksum = 'edited' WHERE name = (SELECT min(name) FROM schema_migrations)", connection);
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(() => migrator.MigrateAsync(server.OwnerConnectionString(database), server.AppPassword));

        error.Message.ShouldContain("was changed after it was applied");
    }

    [Fact]
    public async Task Migrate_WhenLedgerHeldRowsBeforePartitioning_MovesThemIntoTheirTenantsPartitions()
    {
        var server = await PostgresServer.GetAsync();
        var database = await EmptyDatabaseAsync(server);
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));
        await connection.OpenAsync();
        // A database as it stood before migration 0032: the scripts before it applied and recorded as the migrator does
        // (the application role exists on this server already: the template database was migrated first).
        await Execute(connection, "CREATE TABLE schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        foreach (var (name, sql) in DatabaseMigrator.Scripts().Where(s => string.CompareOrdinal(s.Name, "0032") < 0))
        {
            await Execute(connection, sql);
            await Execute(connection, "INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)",
                name, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sql))));
        }

        var tenants = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var tenant in tenants)
        {
            for (var sequence = 1; sequence <= 3; sequence++)
            {
                var eventId = Guid.NewGuid();
                await Execute(connection, """
                    INSERT INTO credit_events (tenant_id, id, idempotency_key, idempotency_caller, subject_id, rule_code, rule_version, occurred_at, recorded_at, recorder, source)
                    VALUES ($1, $2, 'k' || $3::text, 'caller', gen_random_uuid(), 'R', 1, now(), now(), 'test', 'Api')
                    """, tenant, eventId, sequence);
                await Execute(connection, """
                    INSERT INTO ledger_entries (tenant_id, id, sequence, event_id, subject_id, rule_code, rule_version, points, raw_points, capped, cap_notes, occurred_at, recorded_at, recorder, previous_hash, hash)
                    VALUES ($1, gen_random_uuid(), $2, $3, gen_random_uuid(), 'R', 1, -5, -5, false, '{}', now(), now(), 'test', '', md5($2::text))
                    """, tenant, (long)sequence, eventId);
            }
        }

        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(server.OwnerConnectionString(database), server.AppPassword);

        foreach (var table in new[] { "credit_events", "ledger_entries" })
        {
            await using var command = new NpgsqlCommand($"""
                SELECT t.tenant_id, t.tableoid::regclass::text, tenant_partition_of('{table}'::regclass, t.tenant_id), count(*)
                FROM {table} t GROUP BY 1, 2, 3
                """, connection);
            var rows = new List<(Guid Tenant, string Partition, string Expected, long Count)>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
                }
            }

            rows.Select(r => r.Tenant).Order().ShouldBe(tenants.Order(), $"every tenant's {table} rows are still there, each in one partition");
            rows.ShouldAllBe(r => r.Count == 3 && r.Partition == r.Expected && r.Partition.StartsWith(table + "_p"));
        }

        // Uniqueness holds across the whole table after the move: the chain's sequence is unique per tenant.
        var duplicate = await Should.ThrowAsync<PostgresException>(() => Execute(connection, """
            INSERT INTO ledger_entries (tenant_id, id, sequence, subject_id, rule_code, rule_version, points, raw_points, capped, cap_notes, occurred_at, recorded_at, recorder, previous_hash, hash)
            VALUES ($1, gen_random_uuid(), 1, gen_random_uuid(), 'R', 1, -5, -5, false, '{}', now(), now(), 'test', '', 'x')
            """, tenants[0]));
        duplicate.SqlState.ShouldBe("23505");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var a in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        await command.ExecuteNonQueryAsync();
    }
}
