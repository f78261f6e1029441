using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>
/// Red light is −5, capped at −15 per 30 days. Ten red lights within 20 days sent newest first must leave the subject at
/// 985, not 950: a feed sending the newest first, or a late batch of old paper forms, must not walk through the cap.
/// </summary>
public sealed class CapOrderTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static List<DateTimeOffset> NewestFirst()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-25);
        return [.. Enumerable.Range(0, 10).Select(i => start.AddDays(2 * i)).Reverse()];
    }

    private static async Task CapIsIntactAsync(HttpClient client, Guid subject)
    {
        (await client.ScoreValueAsync(subject)).ShouldBe(985);
        var ledger = await client.LedgerAsync(subject);
        ledger.GetArrayLength().ShouldBe(10);
        ledger.EnumerateArray().Sum(e => e.GetProperty("points").GetInt32()).ShouldBe(-15);
    }

    [Fact]
    public async Task RecordEventBatch_WhenTenCappedEventsArriveNewestFirst_LeavesTheCapIntact()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var events = NewestFirst().Select(at => new
        {
            subjectId = subject,
            ruleCode = "TRAFFIC_RED_LIGHT",
            occurredAt = at,
            idempotencyKey = Guid.NewGuid().ToString(),
        });

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("accepted").GetInt32().ShouldBe(10);
        await CapIsIntactAsync(client, subject);
    }

    [Fact]
    public async Task RecordEvent_WhenTenCappedEventsArriveNewestFirstOneByOne_LeavesTheCapIntact()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();

        foreach (var at in NewestFirst())
        {
            await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", at);
        }

        await CapIsIntactAsync(client, subject);
    }
}
