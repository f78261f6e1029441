using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Oversight;

/// <summary>
/// A suspension tells the subjects of the suspended rule or list that they may ask for a review: that review is an
/// appeal, and its window opens again from the suspension, however long ago the entry was made.
/// </summary>
public sealed class SuspensionReviewTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    private const string Majia = "majia";

    private static Task<HttpResponseMessage> SuspendAsync(HttpClient client, string target, string code) =>
        client.PostAsJsonAsync($"/api/v1/tenants/{Majia}/{target}/{code}/suspension", new { reason = "超出上级规定范围 Exceeds the city's regulation" });

    [Fact]
    public async Task FileAppeal_WhenTheWindowClosedAndThenTheRuleIsSuspended_IsAcceptedAsAReviewAndClosesAgainAfterTheWindow()
    {
        using var drafter = await host.Factory.SignedInClientAsync("mj.official");
        using var platform = host.Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(platform, ScoringApi.FixedRule(code, -1, effectiveFrom: host.Clock.GetUtcNow().AddYears(-1)), Majia);
        var subject = await platform.EnrolAsync(Majia);
        var first = AppealsApi.EntryId(await platform.RecordAsync(subject, code, host.Clock.GetUtcNow().AddDays(-1), tenant: Majia));
        var second = AppealsApi.EntryId(await platform.RecordAsync(subject, code, host.Clock.GetUtcNow().AddHours(-1), tenant: Majia));
        host.Clock.Advance(TimeSpan.FromDays(40));
        using (var late = await AppealsApi.FileAsync(platform, ledgerEntryId: first, tenant: Majia))
        {
            late.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            (await late.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("appeal_window_closed");
        }

        using var city = await host.Factory.SignedInClientAsync("rc.official");
        using var suspended = await SuspendAsync(city, "rules", code);
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());

        // What the subject reads says the same as what filing accepts: the notice and the ledger carry the reopened deadline.
        var reopenedUntil = host.Clock.GetUtcNow().AddDays(15);
        var notice = (await AppealsApi.NotificationsAsync(platform, subject, Majia)).EnumerateArray()
            .Single(n => n.GetProperty("kind").GetString() == "oversightSuspension");
        notice.GetProperty("appealDeadline").GetDateTimeOffset().ShouldBe(reopenedUntil, TimeSpan.FromSeconds(5));
        var ledger = await platform.LedgerAsync(subject, tenant: Majia);
        ledger.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == first).GetProperty("appealDeadline").GetDateTimeOffset()
            .ShouldBe(reopenedUntil, TimeSpan.FromSeconds(5));

        using var review = await AppealsApi.FileAsync(platform, ledgerEntryId: first, tenant: Majia);
        review.StatusCode.ShouldBe(HttpStatusCode.Created, await review.Content.ReadAsStringAsync());

        // The reopened window is the scheme's own (15 days), counted from the suspension.
        host.Clock.Advance(TimeSpan.FromDays(16));
        using var tooLate = await AppealsApi.FileAsync(platform, ledgerEntryId: second, tenant: Majia);
        tooLate.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await tooLate.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("appeal_window_closed");
    }

    [Fact]
    public async Task FileAppeal_WhenTheListIsSuspendedLongAfterTheListing_IsAcceptedAsAReview()
    {
        using var platform = host.Factory.ApiClient();
        var list = await ListsApi.CreateListAsync(platform, Majia, scope: "local");
        var entry = (await ListsApi.ListAsync(platform, Majia, list, TestIdentifiers.Person())).GetProperty("id").GetGuid();
        host.Clock.Advance(TimeSpan.FromDays(60));
        using (var late = await AppealsApi.FileAsync(platform, listEntryId: entry, tenant: Majia))
        {
            late.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        }

        using var city = await host.Factory.SignedInClientAsync("rc.official");
        using var suspended = await SuspendAsync(city, "lists", list);
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());

        using var review = await AppealsApi.FileAsync(platform, listEntryId: entry, tenant: Majia);
        review.StatusCode.ShouldBe(HttpStatusCode.Created, await review.Content.ReadAsStringAsync());
    }
}
