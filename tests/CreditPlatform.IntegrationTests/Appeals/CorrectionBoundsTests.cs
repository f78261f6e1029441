using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>All corrections of one ledger entry together give back at most what it took.</summary>
public sealed class CorrectionBoundsTests(HostFixture host) : IClassFixture<HostFixture>
{
    /// <summary>A recorder and a reviewer (two keys), and a fresh subject with a −20 deduction recorded by the first.</summary>
    private sealed record Deduction(HttpClient Recorder, HttpClient Reviewer, Guid Subject, int ScoreBefore, Guid Entry) : IDisposable
    {
        public void Dispose()
        {
            Recorder.Dispose();
            Reviewer.Dispose();
        }
    }

    private async Task<Deduction> DeductionAsync()
    {
        var recorder = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "appeals:write", "subjects:write", "subjects:read", "ledger:write"));
        var reviewer = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "appeals:decide", "subjects:read"));
        var subject = await recorder.EnrolAsync();
        var before = await recorder.ScoreValueAsync(subject);
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1)));
        (await recorder.ScoreValueAsync(subject)).ShouldBe(before - 20);
        return new Deduction(recorder, reviewer, subject, before, entry);
    }

    private static async Task<Guid> FiledAsync(HttpClient client, Guid entry)
    {
        using var filed = await AppealsApi.FileAsync(client, ledgerEntryId: entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        return (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task DecideAppeal_WhenPartlyUpheldThreeTimes_NeverLiftsTheScoreAboveWhatItWasBeforeTheEntry()
    {
        using var deduction = await DeductionAsync();
        var (recorder, reviewer, subject, before, entry) = deduction;

        var codes = new List<string?>();
        for (var round = 0; round < 3; round++)
        {
            using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);
            if (filed.StatusCode != HttpStatusCode.Created)
            {
                codes.Add((await filed.ReadJsonAsync()).GetProperty("code").GetString());
                continue;
            }

            var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
            using var decided = await AppealsApi.DecideAsync(reviewer, appeal, "partiallyUpheld", adjustedPoints: 10);
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
            codes.Add("decided");
        }

        codes.ShouldBe(["decided", "decided", "entry_already_corrected"]);
        (await recorder.ScoreValueAsync(subject)).ShouldBe(before);
    }

    [Fact]
    public async Task DecideAppeal_WhenTheAdjustmentExceedsWhatIsLeft_Returns422WithTheRemainder()
    {
        using var deduction = await DeductionAsync();
        var (recorder, reviewer, subject, before, entry) = deduction;
        using var first = await AppealsApi.DecideAsync(reviewer, await FiledAsync(recorder, entry), "partiallyUpheld", adjustedPoints: 15);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var second = await AppealsApi.DecideAsync(reviewer, await FiledAsync(recorder, entry), "partiallyUpheld", adjustedPoints: 10);

        second.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await second.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("correction_exceeds_entry");
        problem.GetProperty("remainingPoints").GetInt32().ShouldBe(5);
        (await recorder.ScoreValueAsync(subject)).ShouldBe(before - 5);
    }

    [Fact]
    public async Task FileAppeal_WhenTheEntryWasReversed_Returns409EntryAlreadyCorrected()
    {
        using var deduction = await DeductionAsync();
        var (recorder, _, _, _, entry) = deduction;
        using var reversed = await recorder.PostAsJsonAsync($"/api/v1/tenants/rongcheng/ledger/{entry}/reversal", new { reason = "记录错误 Recorded in error." });
        reversed.IsSuccessStatusCode.ShouldBeTrue(await reversed.Content.ReadAsStringAsync());

        using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);

        filed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await filed.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("entry_already_corrected");
    }

    [Fact]
    public async Task DecideAppeal_WhenUpheldAfterAPartialCorrection_RestoresExactlyWhatTheEntryTook()
    {
        using var deduction = await DeductionAsync();
        var (recorder, reviewer, subject, before, entry) = deduction;
        using var partly = await AppealsApi.DecideAsync(reviewer, await FiledAsync(recorder, entry), "partiallyUpheld", adjustedPoints: 10);
        partly.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var upheld = await AppealsApi.DecideAsync(reviewer, await FiledAsync(recorder, entry), "upheld");

        upheld.StatusCode.ShouldBe(HttpStatusCode.OK, await upheld.Content.ReadAsStringAsync());
        (await recorder.ScoreValueAsync(subject)).ShouldBe(before);
    }
}
