using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A retried request never counts twice.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class EventIdempotencyTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);

    [Fact]
    public async Task RecordEvent_WhenSameKeyPostedTwice_Returns200WithTheOriginalResultAndCountsOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var key = Guid.NewGuid().ToString();

        using var first = await client.PostEventAsync(subject, "TRAFFIC_RED_LIGHT", Yesterday, key);
        using var second = await client.PostEventAsync(subject, "TRAFFIC_RED_LIGHT", Yesterday, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var original = await first.ReadJsonAsync();
        var replay = await second.ReadJsonAsync();
        replay.GetProperty("eventId").GetGuid().ShouldBe(original.GetProperty("eventId").GetGuid());
        replay.GetProperty("entries")[0].GetProperty("id").GetGuid().ShouldBe(original.GetProperty("entries")[0].GetProperty("id").GetGuid());
        replay.GetProperty("score").GetInt32().ShouldBe(995);
        (await client.ScoreValueAsync(subject)).ShouldBe(995);
        (await client.LedgerAsync(subject)).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task RecordEventBatch_WhenSameKeysSentTwice_AcceptsOnceThenReportsDuplicates()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var events = Enumerable.Range(0, 3).Select(i => new
        {
            subjectId = subject,
            ruleCode = "HEROIC_ACT",
            occurredAt = Yesterday.AddHours(-i),
            idempotencyKey = $"{subject}-{i}",
        }).ToArray();

        using var first = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events });
        using var second = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events });

        var firstBody = await first.ReadJsonAsync();
        var secondBody = await second.ReadJsonAsync();
        firstBody.GetProperty("accepted").GetInt32().ShouldBe(3);
        secondBody.GetProperty("accepted").GetInt32().ShouldBe(0);
        secondBody.GetProperty("duplicates").GetInt32().ShouldBe(3);
        (await client.ScoreValueAsync(subject)).ShouldBe(1090);
    }

    [Fact]
    public async Task RecordEventBatch_WhenKeyRepeatsWithinOneBatch_CountsItOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var item = new { subjectId = subject, ruleCode = "HEROIC_ACT", occurredAt = Yesterday, idempotencyKey = $"{subject}-same" };

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new { events = new[] { item, item } });

        var body = await response.ReadJsonAsync();
        body.GetProperty("accepted").GetInt32().ShouldBe(1);
        body.GetProperty("duplicates").GetInt32().ShouldBe(1);
        (await client.ScoreValueAsync(subject)).ShouldBe(1030);
    }

    [Fact]
    public async Task RecordEvent_WhenSameKeyPostedConcurrently_CountsOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostEventAsync(subject, "HEROIC_ACT", Yesterday, key)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(9);
        (await client.ScoreValueAsync(subject)).ShouldBe(1030);
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task RecordEvent_WhenTwoCallersSendTheSameKey_RecordsTwoEvents()
    {
        using var court = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "subjects:write", "subjects:read"));
        using var tax = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "subjects:read"));
        var first = await court.EnrolAsync();
        var second = await court.EnrolAsync();
        var key = "42-" + Guid.NewGuid().ToString("N");

        using var byCourt = await court.PostEventAsync(first, "TRAFFIC_RED_LIGHT", Yesterday, key);
        using var byTax = await tax.PostEventAsync(second, "TRAFFIC_RED_LIGHT", Yesterday, key);

        byCourt.StatusCode.ShouldBe(HttpStatusCode.Created);
        byTax.StatusCode.ShouldBe(HttpStatusCode.Created, await byTax.Content.ReadAsStringAsync());
        (await byTax.ReadJsonAsync()).GetProperty("eventId").GetGuid().ShouldNotBe((await byCourt.ReadJsonAsync()).GetProperty("eventId").GetGuid());
        (await court.ScoreValueAsync(first)).ShouldBe(995);
        (await court.ScoreValueAsync(second)).ShouldBe(995);
    }

    [Fact]
    public async Task RecordEvent_WhenOneCallerReusesAKeyForAnotherPayload_Returns422NamingTheOriginalEvent()
    {
        using var client = host.Factory.ApiClient();
        var first = await client.EnrolAsync();
        var second = await client.EnrolAsync();
        var key = Guid.NewGuid().ToString();
        using var original = await client.PostEventAsync(first, "TRAFFIC_RED_LIGHT", Yesterday, key);
        var originalId = (await original.ReadJsonAsync()).GetProperty("eventId").GetGuid();

        using var reused = await client.PostEventAsync(second, "TRAFFIC_RED_LIGHT", Yesterday, key);

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await reused.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("idempotency_key_reused");
        problem.GetProperty("originalEventId").GetGuid().ShouldBe(originalId);
        problem.GetProperty("detail").GetString()!.ShouldContain(originalId.ToString());
        (await client.ScoreValueAsync(second)).ShouldBe(1000);
    }

    [Fact]
    public async Task RecordEventBatch_WhenAnItemReusesAKeyForAnotherPayload_RejectsThatItemOnly()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var key = $"{subject}-reused";
        using var first = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch",
            new { events = new[] { new { subjectId = subject, ruleCode = "HEROIC_ACT", occurredAt = Yesterday, idempotencyKey = key } } });
        first.EnsureSuccessStatusCode();

        using var second = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new
        {
            events = new[]
            {
                new { subjectId = subject, ruleCode = "HEROIC_ACT", occurredAt = Yesterday.AddHours(-3), idempotencyKey = key },
                new { subjectId = subject, ruleCode = "HEROIC_ACT", occurredAt = Yesterday.AddHours(-4), idempotencyKey = key + "-new" },
            },
        });

        var body = await second.ReadJsonAsync();
        body.GetProperty("accepted").GetInt32().ShouldBe(1);
        body.GetProperty("duplicates").GetInt32().ShouldBe(0);
        var rejected = body.GetProperty("rejected").EnumerateArray().Single();
        rejected.GetProperty("index").GetInt32().ShouldBe(0);
        rejected.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("idempotency_key_reused");
    }

    [Fact]
    public async Task RecordEvent_WhenTheKeysEventPredatesFingerprints_TakesTheRepeatAsARetry()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var key = Guid.NewGuid().ToString();
        using var original = await client.PostEventAsync(subject, "TRAFFIC_RED_LIGHT", Yesterday, key);
        var originalId = (await original.ReadJsonAsync()).GetProperty("eventId").GetGuid();
        await using (var owner = host.Factory.OpenOwnerConnection())
        await using (var command = new Npgsql.NpgsqlCommand("UPDATE credit_events SET payload_fingerprint = NULL WHERE id = $1", owner)
        {
            Parameters = { new() { Value = originalId } },
        })
        {
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        using var repeated = await client.PostEventAsync(subject, "TRAFFIC_RED_LIGHT", Yesterday.AddMinutes(-5), key);

        repeated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await repeated.ReadJsonAsync()).GetProperty("eventId").GetGuid().ShouldBe(originalId);
    }
}
