using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using Npgsql;
using NpgsqlTypes;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Explanations;

/// <summary>
/// Seeds a period of events by binary COPY and replays it through the API. The size comes from
/// SIMULATION_BENCH_EVENTS (default small, so the suite stays quick); docs/benchmarks.md records a run with 1,000,000.
/// </summary>
public sealed class SimulationVolumeTests(HostFixture host, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private const int EventsPerSubject = 10;
    private static readonly DateTimeOffset From = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static int EventCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("SIMULATION_BENCH_EVENTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 20_000;

    private async Task<int> SeedAsync(int events)
    {
        var tenant = await host.Factory.TenantIdAsync(ScoringApi.Rongcheng);
        var subjects = events / EventsPerSubject;
        await using var owner = host.Factory.OpenOwnerConnection();
        var ids = new Guid[subjects];
        await using (var writer = await owner.BeginBinaryImportAsync(
            "COPY subjects (tenant_id, id, kind, identifier_hash, identifier_cipher, masked_identifier, name, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < subjects; i++)
            {
                ids[i] = Guid.CreateVersion7();
                await writer.StartRowAsync();
                await writer.WriteAsync(tenant, NpgsqlDbType.Uuid);
                await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await writer.WriteAsync(i % 10 == 0 ? "Organization" : "Person", NpgsqlDbType.Text);
                await writer.WriteAsync(RandomNumberGenerator.GetBytes(32), NpgsqlDbType.Bytea);
                await writer.WriteAsync(Array.Empty<byte>(), NpgsqlDbType.Bytea);
                await writer.WriteAsync("****", NpgsqlDbType.Varchar);
                await writer.WriteAsync("批量", NpgsqlDbType.Varchar);
                await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        var random = new Random(11);
        await using (var writer = await owner.BeginBinaryImportAsync(
            "COPY credit_events (tenant_id, id, subject_id, rule_code, rule_version, occurred_at, recorded_at, recorder, department, source) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < subjects * EventsPerSubject; i++)
            {
                var at = From.AddMinutes(random.Next(60 * 24 * 360));
                await writer.StartRowAsync();
                await writer.WriteAsync(tenant, NpgsqlDbType.Uuid);
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(ids[i / EventsPerSubject], NpgsqlDbType.Uuid);
                await writer.WriteAsync("TRAFFIC_RED_LIGHT", NpgsqlDbType.Varchar);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("key:bench", NpgsqlDbType.Text);
                await writer.WriteAsync(i % 3 == 0 ? "交警支队 Traffic police" : "城管局 City management", NpgsqlDbType.Varchar);
                await writer.WriteAsync("Api", NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE credit_events; ANALYZE subjects", owner);
        await analyze.ExecuteNonQueryAsync();
        return subjects;
    }

    [Fact]
    public async Task RunSimulation_WhenAPeriodHoldsManyEvents_ReplaysEverySubjectAndEvent()
    {
        var events = EventCount();
        var subjects = await SeedAsync(events);
        using var client = host.Factory.ApiClient();

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/simulations", new
        {
            from = From, to = From.AddYears(1),
            rule = new { code = "TRAFFIC_RED_LIGHT", points = -10, caps = new[] { new { periodDays = 30, maxPoints = 30 } } },
        });
        clock.Stop();

        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        var result = body.GetProperty("result");
        output.WriteLine($"{events} events, {subjects} subjects: {clock.Elapsed.TotalSeconds:0.0} s end to end, bandDown {result.GetProperty("bandDown").GetInt32()}");
        result.GetProperty("subjects").GetInt32().ShouldBe(subjects);
        result.GetProperty("events").GetInt64().ShouldBe(subjects * EventsPerSubject);
    }
}
