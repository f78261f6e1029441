using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL restarted (pg_ctl restart -m fast) while clients keep enrolling subjects: the host
/// recovers by itself, everything it acknowledged is in the database, and what failed meanwhile
/// failed as 503 with Retry-After, never as a 500.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private const int Workers = 4;
    private const int AcknowledgedBeforeRestart = 40;
    private const int AcknowledgedAfterRestart = 40;
    private const int MaxRequests = 4_000;

    private sealed class Tally
    {
        public ConcurrentBag<Guid> Acknowledged { get; } = [];
        public ConcurrentBag<string> Unexpected { get; } = [];
        public int Sent;
        public int Attempted;
        public int Unavailable;
        public int UnavailableWithoutRetryAfter;
        public int AcknowledgedAfterRestart;
    }

    [Fact]
    public async Task Enrolments_WhenPostgresRestartsUnderLoad_LoseNothingAcknowledgedAndRecover()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        var database = await cluster.CreateDatabaseAsync("cp_fault");
        var server = PostgresServer.Own(cluster.Cluster.ConnectionString("postgres"), "fault-app-" + Guid.NewGuid().ToString("N"));
        await using var factory = CreditPlatformFactory.StartOn(server, database);
        using var client = factory.ApiClient();
        var tally = new Tally();
        var restarted = false;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var restart = Task.Run(async () =>
        {
            while (tally.Acknowledged.Count < AcknowledgedBeforeRestart)
            {
                await Task.Delay(20, deadline.Token);
            }

            await cluster.Cluster.RestartAsync(deadline.Token);
            Volatile.Write(ref restarted, true);
        }, deadline.Token);

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (!deadline.IsCancellationRequested
                   && Interlocked.Increment(ref tally.Sent) <= MaxRequests
                   && !(Volatile.Read(ref restarted) && Volatile.Read(ref tally.AcknowledgedAfterRestart) >= AcknowledgedAfterRestart))
            {
                var afterRestart = Volatile.Read(ref restarted);
                await EnrolAsync(client, tally, afterRestart);
            }
        })));
        await restart;

        // The test's own pooled owner connections died with the restart; the host's are its own business.
        NpgsqlConnection.ClearAllPools();
        var present = await CountPresentAsync(factory, tally.Acknowledged);
        var total = await CountAllSubjectsAsync(factory);
        output.WriteLine($"sent {tally.Attempted}; acknowledged {tally.Acknowledged.Count} (after restart {tally.AcknowledgedAfterRestart}); " +
                         $"503 {tally.Unavailable}; acknowledged and present {present}; lost {tally.Acknowledged.Count - present}; " +
                         $"rows present but not acknowledged {total - tally.Acknowledged.Count}");
        tally.Unexpected.ShouldBeEmpty(string.Join(Environment.NewLine, tally.Unexpected.Take(20)));
        tally.UnavailableWithoutRetryAfter.ShouldBe(0);
        tally.AcknowledgedAfterRestart.ShouldBeGreaterThanOrEqualTo(AcknowledgedAfterRestart);
        present.ShouldBe(tally.Acknowledged.Count);
    }

    private static async Task EnrolAsync(HttpClient client, Tally tally, bool afterRestart)
    {
        Interlocked.Increment(ref tally.Attempted);
        try
        {
            using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects",
                new { kind = "person", identifier = FaultIdentifiers.Next(), name = "故障 Fault" });
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    tally.Acknowledged.Add((await response.ReadJsonAsync()).GetProperty("id").GetGuid());
                    if (afterRestart)
                    {
                        Interlocked.Increment(ref tally.AcknowledgedAfterRestart);
                    }

                    break;
                case HttpStatusCode.ServiceUnavailable:
                    Interlocked.Increment(ref tally.Unavailable);
                    if (response.Headers.RetryAfter is null)
                    {
                        Interlocked.Increment(ref tally.UnavailableWithoutRetryAfter);
                    }

                    break;
                default:
                    tally.Unexpected.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    break;
            }
        }
        catch (HttpRequestException e)
        {
            tally.Unexpected.Add("transport: " + e.Message);
        }
    }

    private static async Task<long> CountPresentAsync(CreditPlatformFactory factory, IEnumerable<Guid> ids)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM subjects WHERE id = ANY($1)", owner);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountAllSubjectsAsync(CreditPlatformFactory factory)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM subjects WHERE name = '故障 Fault'", owner);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
