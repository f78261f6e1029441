using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Rongcheng's scheme gives points back after a year without a new deduction.</summary>
public sealed class RectificationTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    [Fact]
    public async Task RectificationJob_WhenPeriodPassedWithoutNewDeduction_RestoresPointsWithRepairedReversal()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var entry = AppealsApi.EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1)));
        (await client.ScoreValueAsync(subject)).ShouldBe(980);
        host.Clock.Advance(TimeSpan.FromDays(366));

        await AppealsApi.RunJobAsync(host.Factory, "rectification");

        (await client.ScoreValueAsync(subject)).ShouldBe(1000);
        var reversal = (await client.LedgerAsync(subject)).EnumerateArray()
            .Single(e => e.TryGetProperty("reversesId", out var r) && r.ValueKind != System.Text.Json.JsonValueKind.Null && r.GetGuid() == entry);
        reversal.GetProperty("reason").GetString()!.ShouldStartWith("repaired: ");
    }

    [Fact]
    public async Task RectificationJob_WhenRunAgain_WritesNothingMore()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1));
        host.Clock.Advance(TimeSpan.FromDays(366));
        await AppealsApi.RunJobAsync(host.Factory, "rectification");

        await AppealsApi.RunJobAsync(host.Factory, "rectification");

        (await client.LedgerAsync(subject)).GetArrayLength().ShouldBe(2);
    }
}
