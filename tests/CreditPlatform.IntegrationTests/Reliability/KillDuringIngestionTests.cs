using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Reliability;

/// <summary>
/// kill -9 of the host while it ingests batches, then a client retrying the same batches against a
/// new host: every event takes effect exactly once, and every score still equals its ledger.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KillDuringIngestionTests(ITestOutputHelper output)
{
    private const int Batches = 6;
    private const int BatchSize = 2_000;

    [Fact]
    public async Task BatchIngestion_WhenHostIsKilledMidwayAndBatchesAreRetried_CountsEveryEventExactlyOnce()
    {
        await using var database = await CreditPlatformFactory.StartAsync();
        var subjects = await EnrolSubjectsAsync(database, 200);
        await database.DisposeAsync(); // from here on only the separate processes touch the database
        var batches = Enumerable.Range(0, Batches).Select(b => Batch(b, subjects)).ToList();

        // The kill's moment is fixed by the test, not by how fast the host happens to be: the first batch is
        // acknowledged, the second has been sent whole when the host is killed, the rest are never sent to it.
        // Whether the second commits is the race the retries must absorb; either way it is counted once.
        var acknowledged = 0;
        await using (var first = await HostProcess.StartAsync(database))
        {
            using var client = first.Client(CreditPlatformFactory.PlatformKey);
            using (var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", batches[0]))
            {
                response.EnsureSuccessStatusCode();
                acknowledged++;
            }

            using var body = new SignallingContent(batches[1]);
            var inFlight = client.PostAsync("/api/v1/tenants/rongcheng/events/batch", body);
            await body.Sent.Task; // the host has the whole second batch: it is being ingested, or has been
            first.Kill();
            try
            {
                using var response = await inFlight;
                if (response.IsSuccessStatusCode)
                {
                    acknowledged++;
                }
            }
            catch (HttpRequestException)
            {
                // The host died before answering: the batch may or may not have committed.
            }
        }

        output.WriteLine($"{acknowledged} of {Batches} batches acknowledged before the kill; {await CountAsync(database, "SELECT count(*) FROM credit_events WHERE idempotency_key LIKE 'kill-%'")} events committed");

        await using (var second = await HostProcess.StartAsync(database))
        {
            using var client = second.Client(CreditPlatformFactory.PlatformKey);
            var duplicates = 0;
            foreach (var batch in batches)
            {
                using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", batch);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                var body = await response.ReadJsonAsync();
                body.GetProperty("rejected").GetArrayLength().ShouldBe(0);
                duplicates += body.GetProperty("duplicates").GetInt32();
            }

            duplicates.ShouldBeGreaterThanOrEqualTo(acknowledged * BatchSize);
        }

        (await CountAsync(database, "SELECT count(*) FROM credit_events WHERE idempotency_key LIKE 'kill-%'")).ShouldBe(Batches * BatchSize);
        (await CountAsync(database, "SELECT count(DISTINCT idempotency_key) FROM credit_events WHERE idempotency_key LIKE 'kill-%'")).ShouldBe(Batches * BatchSize);
        (await CountAsync(database, "SELECT count(*) FROM ledger_entries l JOIN credit_events e ON e.tenant_id = l.tenant_id AND e.id = l.event_id WHERE e.idempotency_key LIKE 'kill-%'"))
            .ShouldBe(Batches * BatchSize);
        (await CountAsync(database, """
            SELECT count(*) FROM scores s
            JOIN scoring_schemes sc ON sc.tenant_id = s.tenant_id AND sc.version = s.scheme_version
            WHERE s.score <> (sc.definition->>'BaseScore')::int + (SELECT coalesce(sum(points), 0) FROM ledger_entries l WHERE l.tenant_id = s.tenant_id AND l.subject_id = s.subject_id)
            """)).ShouldBe(0);
    }

    private static object Batch(int batch, List<Guid> subjects) => new
    {
        events = Enumerable.Range(0, BatchSize).Select(i => new
        {
            idempotencyKey = $"kill-{batch}-{i}",
            subjectId = subjects[(batch * BatchSize + i) % subjects.Count],
            ruleCode = "CONTRACT_BREACH",
            occurredAt = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(batch * BatchSize + i),
        }).ToList(),
    };

    private static async Task<List<Guid>> EnrolSubjectsAsync(CreditPlatformFactory factory, int count)
    {
        using var client = factory.ApiClient();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var seq = i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var first17 = $"37108219900101{seq}";
            var identifier = first17 + Domain.Subjects.ResidentIdentityNumber.ComputeCheckCharacter(first17);
            using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name = $"居民{i}" });
            response.EnsureSuccessStatusCode();
            ids.Add((await response.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        return ids;
    }

    /// <summary>A JSON body that says when the last of it has been handed to the connection.</summary>
    private sealed class SignallingContent(object value) : HttpContent
    {
        private readonly JsonContent _inner = JsonContent.Create(value);

        public TaskCompletionSource Sent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await _inner.CopyToAsync(stream);
            await stream.FlushAsync();
            Sent.TrySetResult();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private static async Task<long> CountAsync(CreditPlatformFactory database, string sql)
    {
        await using var connection = database.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
