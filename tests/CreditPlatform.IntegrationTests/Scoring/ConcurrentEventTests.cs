using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Events for one subject arriving at once queue on the subject's lock: no update is lost, no cap is overrun.</summary>
public sealed class ConcurrentEventTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const int Posts = 50;

    private static async Task<HttpResponseMessage[]> PostConcurrentlyAsync(HttpClient client, Guid subject, string rule)
    {
        // One moment for all, so only the order of arrival could make a difference.
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        return await Task.WhenAll(Enumerable.Range(0, Posts)
            .Select(_ => client.PostEventAsync(subject, rule, at, Guid.NewGuid().ToString())));
    }

    [Fact]
    public async Task RecordEvent_When50ConcurrentPostsForOneSubject_ScoreCountsEveryOne()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();

        var responses = await PostConcurrentlyAsync(client, subject, "HEROIC_ACT");

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await client.ScoreValueAsync(subject)).ShouldBe(1000 + (Posts * 30));
        var bodies = await Task.WhenAll(responses.Select(r => r.ReadJsonAsync()));
        bodies.Select(b => b.GetProperty("score").GetInt32()).Distinct().Count().ShouldBe(Posts); // each saw the one before it
    }

    [Fact]
    public async Task RecordEvent_When50ConcurrentPostsHitACap_CountsExactlyTheCap()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();

        var responses = await PostConcurrentlyAsync(client, subject, "TRAFFIC_RED_LIGHT");

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await client.ScoreValueAsync(subject)).ShouldBe(985);
        var ledger = await client.LedgerAsync(subject);
        ledger.GetArrayLength().ShouldBe(Posts);
        ledger.EnumerateArray().Sum(e => e.GetProperty("points").GetInt32()).ShouldBe(-15);
    }
}
