using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A full-size batch goes through; the time it takes is printed, never asserted.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class BatchThroughputTests(HostFixture host, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private const int Subjects = 1_000;
    private const int Events = 10_000;

    /// <summary>Enrols subjects straight into the table: enrolling a thousand through the API would time the wrong thing.</summary>
    private async Task<List<Guid>> EnrolDirectlyAsync()
    {
        var rongcheng = await host.Factory.TenantIdAsync("rongcheng");
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("""
            INSERT INTO subjects (tenant_id, id, kind, identifier_hash, identifier_cipher, masked_identifier, name, created_at)
            SELECT $1, gen_random_uuid(), 'Person', decode(md5(random()::text || g::text), 'hex'), '\x00', '****', 'bulk', now()
            FROM generate_series(1, $2) g
            RETURNING id
            """, owner) { Parameters = { new() { Value = rongcheng }, new() { Value = Subjects } } };
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static object[] Batch(List<Guid> subjects, string prefix)
    {
        string[] rules = ["TRAFFIC_RED_LIGHT", "VOLUNTEER_HOURS", "HEROIC_ACT", "CONTRACT_BREACH", "BLOOD_DONATION"];
        var start = DateTimeOffset.UtcNow.AddDays(-20);
        return [.. Enumerable.Range(0, Events).Select(i => new
        {
            subjectId = subjects[i % subjects.Count],
            ruleCode = rules[i % rules.Length],
            occurredAt = start.AddMinutes(i),
            quantity = rules[i % rules.Length] == "VOLUNTEER_HOURS" ? 8m : (decimal?)null,
            idempotencyKey = prefix + i.ToString(CultureInfo.InvariantCulture),
        })];
    }

    [Fact]
    public async Task RecordEventBatch_WhenTenThousandEvents_AcceptsThemAll()
    {
        using var client = host.Factory.ApiClient();
        var subjects = await EnrolDirectlyAsync();
        using var warmUp = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events = Batch(subjects, "warm-") });
        warmUp.StatusCode.ShouldBe(HttpStatusCode.OK);

        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events = Batch(subjects, "timed-") });
        watch.Stop();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("accepted").GetInt32().ShouldBe(Events);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Events} events over {Subjects} subjects in {watch.ElapsedMilliseconds} ms through HTTP: {Events / watch.Elapsed.TotalSeconds:N0} events/s"));
    }
}
