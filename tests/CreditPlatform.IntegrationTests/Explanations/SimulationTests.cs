using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Explanations;

public sealed class SimulationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateTimeOffset From = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Rongcheng's bands, read the long way.</summary>
    private static string BandOf(int score) => score switch
    {
        >= 1050 => "AAA",
        >= 1030 => "AA",
        >= 960 => "A",
        >= 850 => "B",
        >= 600 => "C",
        _ => "D",
    };

    /// <summary>Every event at <paramref name="points"/>, clipped so that no 30 days hold more than <paramref name="cap"/> lost points.</summary>
    private static int Recompute(IEnumerable<DateTimeOffset> dates, int points, int cap)
    {
        var counted = new List<(DateTimeOffset At, int Points)>();
        foreach (var at in dates.Order())
        {
            var used = -counted.Where(c => c.At > at.AddDays(-30) && c.At <= at).Sum(c => c.Points);
            counted.Add((at, -Math.Min(-points, Math.Max(0, cap - used))));
        }

        return 1000 + counted.Sum(c => c.Points);
    }

    [Fact]
    public async Task RunSimulation_WhenRulePointsChange_MatchesRecomputingTheEngineByHand()
    {
        using var client = host.Factory.ApiClient();
        using var drafter = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        using var approver = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -10, effectiveFrom: From.AddYears(-1),
            caps: [new { periodDays = 30, maxPoints = 60 }]));
        var random = new Random(7);
        var subjects = new List<List<DateTimeOffset>>();
        for (var s = 0; s < 8; s++)
        {
            var subject = await client.EnrolAsync();
            var dates = Enumerable.Range(0, 1 + random.Next(10)).Select(_ => From.AddHours(random.Next(24 * 360))).ToList();
            foreach (var at in dates)
            {
                await client.RecordAsync(subject, code, at);
            }

            subjects.Add(dates);
        }

        using var response = await drafter.PostAsJsonAsync("/api/v1/tenants/rongcheng/simulations", new
        {
            from = From, to = To, bucketSize = 10,
            rule = new { code, points = -25 },
        });

        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        var result = body.GetProperty("result");
        var before = subjects.Select(d => Recompute(d, -10, 60)).ToList();
        var after = subjects.Select(d => Recompute(d, -25, 60)).ToList();
        result.GetProperty("subjects").GetInt32().ShouldBe(8);
        result.GetProperty("bandDown").GetInt32().ShouldBe(before.Zip(after).Count(p => BandOf(p.First) != BandOf(p.Second)));
        var histogram = result.GetProperty("histogram").EnumerateArray()
            .Select(b => (From: b.GetProperty("from").GetInt32(), Before: b.GetProperty("before").GetInt32(), After: b.GetProperty("after").GetInt32()))
            .ToList();
        foreach (var bucket in histogram)
        {
            bucket.Before.ShouldBe(before.Count(s => s >= bucket.From && s < bucket.From + 10), $"before, bucket {bucket.From}");
            bucket.After.ShouldBe(after.Count(s => s >= bucket.From && s < bucket.From + 10), $"after, bucket {bucket.From}");
        }

        histogram.Sum(b => b.After).ShouldBe(8);
    }

    [Fact]
    public async Task RunSimulation_WhenNothingIsDrafted_Is400()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/simulations", new { from = From, to = To });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
