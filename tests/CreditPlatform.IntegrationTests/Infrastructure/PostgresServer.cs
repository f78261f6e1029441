using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.DevCluster;
using Microsoft.Extensions.Logging.Abstractions;
using CreditPlatform.IntegrationTests.Persistence.Citus;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run: the server named by CREDITPLATFORM_TEST_DB (an
/// owner connection string), or a throwaway cluster started from the machine's binaries. A template
/// database is migrated once; every test host gets its own copy of it, so tests run in parallel
/// without sharing rows. With CREDITPLATFORM_TEST_CITUS=1 the server is a Citus coordinator with two workers
/// (<see cref="CitusCluster"/>): a database there cannot be copied from a template (it lives on three nodes), so
/// each one is created on every node and migrated, which lays it out over the cluster.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>Per test process: the integration and browser test projects run at once and may share a server.</summary>
    public static readonly string TemplateDatabase = $"cp_template_{Environment.ProcessId}";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private static int _databases;
    private readonly NpgsqlConnectionStringBuilder _owner;
    private readonly CitusCluster? _citus;

    private PostgresServer(NpgsqlConnectionStringBuilder owner, string appPassword, CitusCluster? citus = null)
    {
        _owner = owner;
        AppPassword = appPassword;
        _citus = citus;
    }

    public string AppPassword { get; }

    /// <summary>The run's databases live on a Citus cluster (CREDITPLATFORM_TEST_CITUS=1).</summary>
    public bool OnCitus => _citus is not null;

    public CitusCluster? Citus => _citus;

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A server the test manages itself (no template): hosts over it migrate their own database.</summary>
    public static PostgresServer Own(string ownerConnectionString, string appPassword) =>
        new(new NpgsqlConnectionStringBuilder(ownerConnectionString), appPassword);

    public string OwnerConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_owner.ConnectionString) { Database = database, Pooling = true }.ConnectionString;

    public string AppConnectionString(string database) =>
        DatabaseMigrator.AppConnectionString(OwnerConnectionString(database), AppPassword);

    /// <summary>A fresh, migrated, empty database; returns its name.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (_citus is not null)
        {
            // The cluster made the role with this password already; resetting it from parallel test classes at once
            // fails with "tuple concurrently updated".
            var owner = await _citus.CreateDatabaseAsync(AppPassword);
            await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(owner, AppPassword, resetAppPassword: false);
            return new NpgsqlConnectionStringBuilder(owner).Database!;
        }

        var name = $"cp_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(OwnerConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var appPassword = Environment.GetEnvironmentVariable("CREDITPLATFORM_TEST_APP_PASSWORD") ?? "test-app-" + Guid.NewGuid().ToString("N");
        if (CitusCluster.Requested)
        {
            // A role belongs to a node, not to a database: every database on the cluster signs the role in with one password.
            var citus = await CitusCluster.GetAsync();
            return new PostgresServer(new NpgsqlConnectionStringBuilder(citus.Coordinator.ConnectionString("postgres")), CitusSchemaTests.AppPassword, citus);
        }

        NpgsqlConnectionStringBuilder owner;
        if (Environment.GetEnvironmentVariable("CREDITPLATFORM_TEST_DB") is { Length: > 0 } given)
        {
            owner = new NpgsqlConnectionStringBuilder(given);
        }
        else
        {
            var root = Path.Combine(Path.GetTempPath(), $"cp-test-{Guid.NewGuid():N}");
            if (!LocalCluster.ServerUserCanUse(root))
            {
                throw new InvalidOperationException($"The postgres OS user cannot write to {root}.");
            }

            var cluster = new LocalCluster(Path.Combine(root, "pg"), LocalCluster.FreePort(), "test-super-" + Guid.NewGuid().ToString("N"));
            await cluster.StartAsync(throwaway: true);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                NpgsqlConnection.ClearAllPools();
                cluster.Stop();
                try
                {
                    Directory.Delete(root, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover folder in the temp directory is harmless.
                }
                catch (UnauthorizedAccessException)
                {
                }
            };
            owner = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres"));
        }

        var server = new PostgresServer(owner, appPassword);
        await using (var connection = new NpgsqlConnection(server.OwnerConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {TemplateDatabase}", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {TemplateDatabase}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(server.OwnerConnectionString(TemplateDatabase), appPassword, resetAppPassword: true);
        NpgsqlConnection.ClearAllPools();
        return server;
    }
}
