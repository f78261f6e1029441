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
}
