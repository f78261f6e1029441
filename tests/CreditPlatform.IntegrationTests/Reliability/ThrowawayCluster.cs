using CreditPlatform.DevCluster;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Reliability;

/// <summary>
/// A cluster of the test's own, with durable settings (fsync on), that the test may stop and restart
/// without disturbing the shared server every other test uses.
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _root;

    private ThrowawayCluster(string root, LocalCluster cluster)
    {
        _root = root;
        Cluster = cluster;
    }

    public LocalCluster Cluster { get; }

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"cp-fault-{Guid.NewGuid():N}");
        if (!LocalCluster.ServerUserCanUse(root))
        {
            throw new InvalidOperationException($"The postgres OS user cannot write to {root}.");
        }

        var cluster = new LocalCluster(Path.Combine(root, "pg"), LocalCluster.FreePort(), "fault-super-" + Guid.NewGuid().ToString("N"));
        await cluster.StartAsync(throwaway: false);
        return new ThrowawayCluster(root, cluster);
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return name;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Cluster.Stop();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
