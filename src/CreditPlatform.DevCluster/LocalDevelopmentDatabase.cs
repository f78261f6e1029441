using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CreditPlatform.DevCluster;

/// <summary>Secrets generated once for a local cluster and kept beside it (git-ignored), never in the repo.</summary>
public sealed record LocalSecrets(string SuperuserPassword, string AppPassword, string HashKey, string EncryptionKey)
{
    public static LocalSecrets Generate() => new(
        RandomToken(), RandomToken(),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    private static string RandomToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}

/// <summary>
/// The run command's embedded default: with no connection string configured, a cluster under the
/// repository's git-ignored <c>.data</c> folder is created on first run and reused after.
/// </summary>
public sealed class LocalDevelopmentDatabase
{
    public const string DatabaseName = "creditplatform";

    private LocalDevelopmentDatabase(LocalCluster cluster, LocalSecrets secrets)
    {
        Cluster = cluster;
        Secrets = secrets;
    }

    public LocalCluster Cluster { get; }
    public LocalSecrets Secrets { get; }
    public string OwnerConnectionString => Cluster.ConnectionString(DatabaseName);

    public static async Task<LocalDevelopmentDatabase> StartAsync(string contentRoot, int port, ILogger logger, CancellationToken ct = default)
    {
        var dataRoot = Path.Combine(FindRepositoryRoot(contentRoot) ?? contentRoot, ".data");
        Directory.CreateDirectory(dataRoot);
        var secrets = LoadOrCreateSecrets(Path.Combine(dataRoot, "secrets.json"));

        var clusterDir = Path.Combine(dataRoot, "pg");
        if (!LocalCluster.ServerUserCanUse(dataRoot))
        {
            // The postgres OS user can't reach this folder (e.g. a clone under /root): keep the
            // cluster in a folder it can reach, one per clone.
            var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataRoot)))[..12];
            var fallbackRoot = Path.Combine("/var/tmp", $"creditplatform-{id}");
            LocalCluster.ServerUserCanUse(fallbackRoot);
            clusterDir = Path.Combine(fallbackRoot, "pg");
            logger.LogInformation("The database server user cannot reach {DataRoot}; the local cluster lives in {ClusterDir}", dataRoot, clusterDir);
        }

        var cluster = new LocalCluster(clusterDir, port, secrets.SuperuserPassword);
        if (cluster.RunningPort() is { } running)
        {
            // This clone's cluster is up already (another run of the app, or a verb): use it where it listens.
            cluster = new LocalCluster(clusterDir, running, secrets.SuperuserPassword);
        }
        else if (LocalPorts.FirstFree(port) is var free && free != port)
        {
            logger.LogWarning("Port {Port} is taken (another clone's cluster?); the local PostgreSQL uses port {FreePort}", port, free);
            cluster = new LocalCluster(clusterDir, free, secrets.SuperuserPassword);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await cluster.StartAsync(throwaway: false, ct);
        await EnsureDatabaseAsync(cluster, ct);
        logger.LogInformation("Local PostgreSQL ready on port {Port} in {ElapsedMs} ms", cluster.Port, started.ElapsedMilliseconds);
        return new LocalDevelopmentDatabase(cluster, secrets);
    }

    private static async Task EnsureDatabaseAsync(LocalCluster cluster, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{DatabaseName}'", connection);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private static LocalSecrets LoadOrCreateSecrets(string path)
    {
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} is unreadable; delete the .data folder to start afresh.");
        }

        var secrets = LocalSecrets.Generate();
        File.WriteAllText(path, JsonSerializer.Serialize(secrets));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return secrets;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, "CreditPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
