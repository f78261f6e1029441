using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Corrections are new entries that cancel old ones; nothing is edited.</summary>
public sealed class ReversalTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static Task<HttpResponseMessage> ReverseAsync(HttpClient client, Guid entryId, string reason = "Recorded against the wrong person.") =>
        client.PostAsJsonAsync($"/api/v1/tenants/rongcheng/ledger/{entryId}/reversal", new { reason });

    private static Guid EntryId(JsonElement recorded) => recorded.GetProperty("entries")[0].GetProperty("id").GetGuid();

    [Fact]
    public async Task ReverseEntry_WhenEntryCounted_RestoresTheScore()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var recorded = await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3));

        using var response = await ReverseAsync(client, EntryId(recorded));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reversal = await response.ReadJsonAsync();
        reversal.GetProperty("points").GetInt32().ShouldBe(20);
        reversal.GetProperty("score").GetInt32().ShouldBe(1000);
        (await client.ScoreValueAsync(subject)).ShouldBe(1000);
    }

    [Fact]
    public async Task ReverseEntry_WhenDone_LedgerKeepsBothEntriesMarked()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var original = EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3)));

        using var response = await ReverseAsync(client, original);

        var ledger = (await client.LedgerAsync(subject)).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetGuid());
        ledger.Count.ShouldBe(2);
        ledger[original].GetProperty("status").GetString().ShouldBe("reversed");
        var reversal = ledger.Values.Single(e => e.GetProperty("id").GetGuid() != original);
        reversal.GetProperty("status").GetString().ShouldBe("reversal");
        reversal.GetProperty("reversesId").GetGuid().ShouldBe(original);
        reversal.GetProperty("reason").GetString().ShouldBe("Recorded against the wrong person.");
    }

    [Fact]
    public async Task ReverseEntry_WhenAlreadyReversed_Returns409()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var entry = EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3)));
        using var first = await ReverseAsync(client, entry);

        using var second = await ReverseAsync(client, entry);

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await client.ScoreValueAsync(subject)).ShouldBe(1000);
    }

    [Fact]
    public async Task ReverseEntry_WhenEntryWasReversed_FreesTheCapForLaterEvents()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-5);
        var first = EntryId(await client.RecordAsync(subject, "BLOOD_DONATION", at));
        await client.RecordAsync(subject, "BLOOD_DONATION", at.AddDays(1));
        using var reversed = await ReverseAsync(client, first);

        var third = await client.RecordAsync(subject, "BLOOD_DONATION", at.AddDays(2));

        third.GetProperty("entries")[0].GetProperty("points").GetInt32().ShouldBe(5);
        third.GetProperty("score").GetInt32().ShouldBe(1010);
    }

    [Fact]
    public async Task ReverseEntry_WhenGathererTries_Returns403()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var entry = EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3)));
        using var gatherer = await host.Factory.SignedInClientAsync("rc.traffic");

        using var response = await ReverseAsync(gatherer, entry);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ReverseEntry_WhenNoReasonGiven_Returns400()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var entry = EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3)));

        using var response = await ReverseAsync(client, entry, reason: "");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetScore_WhenAsOfIsBeforeTheReversalWasRecorded_StillLeavesTheReversedEntryOut()
    {
        // A reversal corrects the record: the entry was wrong from the start, so no past score counts it either.
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var entry = EntryId(await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3)));
        using var reversed = await ReverseAsync(client, entry);

        (await client.ScoreValueAsync(subject, asOf: DateTimeOffset.UtcNow.AddDays(-1))).ShouldBe(1000);
    }
}
