using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Points stop counting when they lapse, with no new event to trigger a recomputation.</summary>
public sealed class ScoreLapseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero));
    private CreditPlatformFactory? _factory;

    private CreditPlatformFactory Factory => _factory!;

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartWithClockAsync(_clock);

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    [Fact]
    public async Task GetScore_WhenPointsHaveExpired_NoLongerCountsThem()
    {
        using var client = Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", _clock.GetUtcNow().AddDays(-1)); // lapses after 12 months
        (await client.ScoreValueAsync(subject)).ShouldBe(995);

        _clock.Advance(TimeSpan.FromDays(366));

        (await client.ScoreValueAsync(subject)).ShouldBe(1000);
        (await client.LedgerAsync(subject))[0].GetProperty("status").GetString().ShouldBe("expired");
    }
}
