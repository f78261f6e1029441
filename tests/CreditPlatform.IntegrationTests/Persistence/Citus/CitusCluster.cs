using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.DevCluster;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Persistence.Citus;

/// <summary>
/// A Citus coordinator and two workers, each a throwaway cluster started from the machine's PostgreSQL
/// binaries (as <see cref="LocalCluster"/> starts one) with the citus library preloaded. One per test run;
/// every test gets its own database on all three nodes, joined into a cluster. Used when
/// CREDITPLATFORM_TEST_CITUS=1; scripts/install-citus.sh installs the extension.
/// </summary>
public sealed class CitusCluster
{
    public const string EnvironmentVariable = "CREDITPLATFORM_TEST_CITUS";

    /// <summary>
    /// Shards per distributed table in the tests' databases (Citus's default is 32): enough for shards on both workers,
    /// few enough that laying out a database per test class and every fan-out query stay quick on a small machine.
    /// </summary>
    public const int ShardCount = 4;

    /// <summary>The test databases one run makes at most (one per test class of the Citus lane, with room to grow).</summary>
    private const int MaxDatabases = 64;

    /// <summary>Connection slots per node: the hosts' pools, the coordinator's connections to the workers and the daemons'.</summary>
    private const int MaxConnections = 1000;
    private static readonly Lazy<Task<CitusCluster>> Shared = new(StartAsync);
    private readonly LocalCluster[] _nodes;

    private CitusCluster(LocalCluster[] nodes, string password)
    {
        _nodes = nodes;
        Password = password;
    }

    public static bool Requested => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    /// <summary>The superuser password of all three nodes.</summary>
    public string Password { get; }

    public LocalCluster Coordinator => _nodes[0];

    public IReadOnlyList<LocalCluster> Workers => _nodes[1..];

    public static Task<CitusCluster> GetAsync() => Shared.Value;

    public static bool Installed() =>
        LocalCluster.FindBinDirectory() is { } bin && File.Exists(Path.Combine(bin, "..", "lib", "citus.so"));

    /// <summary>
    /// A new database on every node with the extension, the workers added to the coordinator, and the
    /// password each role uses between nodes; returns the coordinator's owner connection string.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string appRolePassword)
    {
        // One database joined at a time: test classes start in parallel, and nodes added to several databases at once
        // (citus_add_node syncs metadata to the worker) failed now and then with "failure on connection marked as essential".
        await Joining.WaitAsync();
        try
        {
            return await CreateDatabaseOnceAsync(appRolePassword);
        }
        finally
        {
            Joining.Release();
        }
    }

    private static readonly SemaphoreSlim Joining = new(1, 1);

    private async Task<string> CreateDatabaseOnceAsync(string appRolePassword)
    {
        var name = $"cp_citus_{Guid.NewGuid():N}";
        foreach (var node in _nodes)
        {
            await ExecuteAsync(node.ConnectionString("postgres"), $"CREATE DATABASE {name}");
            await ExecuteAsync(node.ConnectionString(name), "CREATE EXTENSION citus");
            // The application role exists on every node before the nodes are told how it signs in there.
            await ExecuteAsync(node.ConnectionString(name), $"""
                DO $$ BEGIN
                  CREATE ROLE {DatabaseMigrator.AppRole} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD {Literal(appRolePassword)};
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$
                """);
            // Nodes reach each other over loopback with password authentication, as every other client does.
            await ExecuteAsync(node.ConnectionString(name),
                $"INSERT INTO pg_dist_authinfo (nodeid, rolename, authinfo) VALUES (0, 'postgres', {Literal("password=" + Password)}), (0, '{DatabaseMigrator.AppRole}', {Literal("password=" + appRolePassword)})");
        }

        var coordinator = Coordinator.ConnectionString(name);
        await ExecuteAsync(coordinator, $"SELECT citus_set_coordinator_host('127.0.0.1', {Coordinator.Port})");
        foreach (var worker in Workers)
        {
            await ExecuteAsync(coordinator, $"SELECT citus_add_node('127.0.0.1', {worker.Port})");
        }

        return coordinator;
    }

    private static async Task<CitusCluster> StartAsync()
    {
        if (!Installed())
        {
            throw new InvalidOperationException("The Citus extension is not installed for this PostgreSQL: run `bash scripts/install-citus.sh` (as root) first.");
        }

        var password = "test-citus-" + Guid.NewGuid().ToString("N");
        var root = Path.Combine(Path.GetTempPath(), $"cp-citus-{Guid.NewGuid():N}");
        if (!LocalCluster.ServerUserCanUse(root))
        {
            throw new InvalidOperationException($"The postgres OS user cannot write to {root}.");
        }

        var nodes = new[] { "coordinator", "worker1", "worker2" }
            .Select(n => new LocalCluster(Path.Combine(root, n), LocalCluster.FreePort(), password) {
                // Test classes run in parallel, each host with its pools and the coordinator with its connections to the
                // workers: more connections than initdb's 100, and patience with a node slow to answer on a busy machine.
                // Every database runs a Citus maintenance daemon on every node (transaction recovery, distributed deadlock
                // detection), a background worker each: the default 8 worker processes left most test databases without one.
                // A fresh-clone run once ran a worker out of its 400 slots ("remaining connection slots are reserved"),
                // failing every statement that needed a new connection to it: each node now has room for more, and the
                // coordinator keeps its own connections to a worker within a share of that worker's slots.
                ServerSettings = ["shared_preload_libraries=citus", $"citus.shard_count={ShardCount}", $"max_connections={MaxConnections}",
                    $"citus.max_shared_pool_size={MaxConnections * 3 / 5}", "citus.node_connection_timeout=120000",
                    $"max_worker_processes={MaxDatabases + 8}"],
            })
            .ToArray();
        await Task.WhenAll(nodes.Select(n => n.StartAsync(throwaway: true)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            // A signal to every node at once (fast shutdown), then a short wait: the test host gives exit handlers
            // little time, and pg_ctl one node after the other left workers running after the run.
            var postmasters = nodes.Select(Postmaster).Where(p => p > 0).ToList();
            foreach (var pid in postmasters)
            {
                _ = Kill(pid, SigInt);
            }

            var until = DateTime.UtcNow.AddSeconds(5);
            while (postmasters.Any(p => Kill(p, 0) == 0) && DateTime.UtcNow < until)
            {
                Thread.Sleep(50);
            }

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
        return new CitusCluster(nodes, password);
    }

    private const int SigInt = 2;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int Postmaster(LocalCluster node)
    {
        var file = Path.Combine(node.DataDirectory, "postmaster.pid");
        try
        {
            return File.Exists(file) && int.TryParse(File.ReadLines(file).First(), out var pid) ? pid : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A test that needs the Citus cluster: skipped unless CREDITPLATFORM_TEST_CITUS=1 (the CI's second lane).</summary>
public sealed class CitusFactAttribute : FactAttribute
{
    public CitusFactAttribute()
    {
        if (!CitusCluster.Requested)
        {
            Skip = $"Runs on a Citus cluster: set {CitusCluster.EnvironmentVariable}=1 (bash scripts/install-citus.sh installs the extension).";
        }
    }
}
