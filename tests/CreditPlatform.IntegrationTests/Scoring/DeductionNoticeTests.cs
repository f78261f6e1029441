using System.Net;
using System.Net.Http.Json;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Deduction notices are made after the batch commits, by the outbox's worker: one per deduction, never two.</summary>
[Trait("Category", "Citus")]
public sealed class DeductionNoticeTests : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    private CreditPlatformFactory Factory => _factory!;

    // The worker is run by hand, so the test sees the state before and after it.
    public async Task InitializeAsync() =>
        _factory = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private async Task<Guid> RecordBatchAsync()
    {
        using var client = Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-3);
        string[] rules = ["CONTRACT_BREACH", "TRAFFIC_RED_LIGHT", "TRAFFIC_RED_LIGHT", "TRAFFIC_RED_LIGHT", "TRAFFIC_RED_LIGHT", "HEROIC_ACT"];
        var events = rules.Select((rule, i) => new { subjectId = subject, ruleCode = rule, occurredAt = at.AddHours(i), idempotencyKey = Guid.NewGuid().ToString() });
        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return subject;
    }

    private async Task<long> CountAsync(string sql, Guid subject)
    {
        await using var connection = Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = subject } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<long> NoticesAsync(Guid subject) =>
        CountAsync("SELECT count(*) FROM notifications WHERE subject_id = $1 AND kind = 'Deduction'", subject);

    private Task<int> RunWorkerAsync() => Factory.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);

    [Fact]
    public async Task RecordEventBatch_WhenCommitted_NoticesWaitForTheWorker()
    {
        var subject = await RecordBatchAsync();

        (await NoticesAsync(subject)).ShouldBe(0);
        (await CountAsync("""
            SELECT count(*) FROM outbox_messages m
            WHERE m.topic = 'deduction-notices' AND m.delivered_at IS NULL
              AND EXISTS (SELECT 1 FROM ledger_entries e WHERE e.tenant_id = m.tenant_id AND e.subject_id = $1
                          AND e.sequence BETWEEN (m.payload ->> 'fromSequence')::bigint AND (m.payload ->> 'toSequence')::bigint)
            """, subject)).ShouldBe(1);
    }

    [Fact]
    public async Task OutboxWorker_WhenBatchCommitted_MakesOneNoticePerDeduction()
    {
        var subject = await RecordBatchAsync();

        await RunWorkerAsync();

        // A breach and three red lights deduct; the fourth red light is capped to nothing, which is still a recorded
        // negative act and gets a notice saying so; the heroic act adds and gets none.
        (await NoticesAsync(subject)).ShouldBe(5);
        (await CountAsync("""
            SELECT count(*) FROM notifications n JOIN ledger_entries e ON e.tenant_id = n.tenant_id AND e.id = n.ledger_entry_id
            WHERE n.subject_id = $1 AND n.kind = 'Deduction' AND e.points < 0
            """, subject)).ShouldBe(4);
        (await CountAsync("""
            SELECT count(*) FROM notifications n JOIN ledger_entries e ON e.tenant_id = n.tenant_id AND e.id = n.ledger_entry_id
            WHERE n.subject_id = $1 AND n.kind = 'Deduction' AND e.points = 0 AND e.raw_points < 0
            """, subject)).ShouldBe(1);
    }

    [Fact]
    public async Task OutboxWorker_WhenTheMessageIsHandledAgain_MakesNoSecondNotice()
    {
        var subject = await RecordBatchAsync();
        await RunWorkerAsync();
        await using (var connection = Factory.OpenOwnerConnection())
        {
            await using var again = new NpgsqlCommand(
                "UPDATE outbox_messages SET delivered_at = NULL, attempts = 0 WHERE topic = 'deduction-notices'", connection);
            (await again.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
        }

        await RunWorkerAsync();

        (await NoticesAsync(subject)).ShouldBe(5);
    }

    [Fact]
    public async Task OutboxWorker_WhenNoticesDelivered_RecordsEachChannelOnceAndRedeliversNone()
    {
        var subject = await RecordBatchAsync();
        await RunWorkerAsync();
        await RunWorkerAsync();

        // The log channel's sends are recorded together at the end of the worker's batch: one record per notice.
        const string LogSends = """
            SELECT count(*) FROM notification_deliveries d JOIN notifications n ON n.tenant_id = d.tenant_id AND n.id = d.notification_id
            WHERE n.subject_id = $1 AND n.kind = 'Deduction' AND d.channel = 'log'
            """;
        (await CountAsync(LogSends, subject)).ShouldBe(5);
        (await CountAsync("""
            SELECT count(*) FROM outbox_messages m JOIN notifications n ON n.tenant_id = m.tenant_id AND m.destination = 'notify:' || n.id
            WHERE n.subject_id = $1 AND m.delivered_at IS NOT NULL
            """, subject)).ShouldBe(5);

        // A delivery handed out again (a crash before its mark) finds its channel recorded and sends nothing twice.
        await using (var connection = Factory.OpenOwnerConnection())
        {
            var destinations = new List<string>();
            await using (var read = new NpgsqlCommand(
                "SELECT 'notify:' || id FROM notifications WHERE subject_id = $1 AND kind = 'Deduction'", connection) { Parameters = { new() { Value = subject } } })
            await using (var reader = await read.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    destinations.Add(reader.GetString(0));
                }
            }

            await using var again = new NpgsqlCommand(
                "UPDATE outbox_messages SET delivered_at = NULL, attempts = 0 WHERE destination = ANY($1)", connection)
            { Parameters = { new() { Value = destinations.ToArray() } } };
            (await again.ExecuteNonQueryAsync()).ShouldBe(5);
        }

        await RunWorkerAsync();
        (await CountAsync(LogSends, subject)).ShouldBe(5);
    }
}
