using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.DevCluster;
using Microsoft.Extensions.Logging.Abstractions;
using CreditPlatform.IntegrationTests.Persistence.Citus;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run, from the source <see cref="TestDatabaseSources.Select"/> picks: the
/// server named by CREDITPLATFORM_TEST_DB (an owner connection string); else, when a Docker engine answers, a
/// throwaway postgres:15 container (Testcontainers.PostgreSql, what the GitHub workflow gets); else a throwaway
/// cluster started from the machine's binaries (LocalCluster, what runs on machines without Docker). A template
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

    /// <summary>The source this run uses (see <see cref="TestDatabaseSources.Select"/>).</summary>
    public static TestDatabaseSource Source { get; } = TestDatabaseSources.Select(
        CitusCluster.Requested, Environment.GetEnvironmentVariable("CREDITPLATFORM_TEST_DB"), DockerEngine.IsReachable);

    private static async Task<PostgresServer> StartAsync()
    {
        var appPassword = Environment.GetEnvironmentVariable("CREDITPLATFORM_TEST_APP_PASSWORD") ?? "test-app-" + Guid.NewGuid().ToString("N");
        NpgsqlConnectionStringBuilder owner;
        switch (Source)
        {
            case TestDatabaseSource.Citus:
                // A role belongs to a node, not to a database: every database on the cluster signs the role in with one password.
                var citus = await CitusCluster.GetAsync();
                return new PostgresServer(new NpgsqlConnectionStringBuilder(citus.Coordinator.ConnectionString("postgres")), CitusSchemaTests.AppPassword, citus);
            case TestDatabaseSource.Given:
                owner = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CREDITPLATFORM_TEST_DB"));
                break;
            case TestDatabaseSource.Container:
                owner = await StartContainerAsync();
                break;
            default:
                owner = await StartLocalClusterAsync();
                break;
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

    /// <summary>A throwaway postgres:15 container (Docker reachable, as on GitHub's runners), removed when the run ends.</summary>
    private static async Task<NpgsqlConnectionStringBuilder> StartContainerAsync()
    {
        var container = new Testcontainers.PostgreSql.PostgreSqlBuilder("postgres:15")
            .WithPassword("test-super-" + Guid.NewGuid().ToString("N"))
            // Test runs start dozens of hosts at once, each with its own pools and listeners.
            .WithCommand("-c", "max_connections=1000", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
            .Build();
        await container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        };
        return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" };
    }

    /// <summary>No Docker: a throwaway cluster from the machine's PostgreSQL binaries in the temp folder.</summary>
    private static async Task<NpgsqlConnectionStringBuilder> StartLocalClusterAsync()
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
        return new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres"));
    }
}
