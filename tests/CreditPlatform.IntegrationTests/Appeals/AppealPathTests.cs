using System.Net;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>From a deduction to its notice, the appeal, the decision by someone else, and the restored score.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class AppealPathTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    private async Task<(HttpClient Recorder, HttpClient Reviewer)> OfficialsAsync()
    {
        var recorder = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "appeals:write", "appeals:decide", "subjects:write", "subjects:read"));
        var reviewer = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "appeals:decide", "subjects:read"));
        return (recorder, reviewer);
    }

    [Fact]
    public async Task Deduction_WhenRecorded_NotifiesTheSubjectWithLegalBasisAndDeadline()
    {
        var (recorder, reviewer) = await OfficialsAsync();
        using var _ = recorder;
        using var __ = reviewer;
        var subject = await recorder.EnrolAsync();
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1)));

        JsonElement[] notices = [];
        await Eventually.HoldsAsync(
            async () => (notices = [.. (await AppealsApi.NotificationsAsync(recorder, subject)).EnumerateArray()]).Length > 0,
            "the deduction's notice is made after commit");

        var notice = notices.Single();
        notice.GetProperty("kind").GetString().ShouldBe("deduction");
        notice.GetProperty("ledgerEntryId").GetGuid().ShouldBe(entry);
        notice.GetProperty("legalBasis").GetString().ShouldNotBeNullOrWhiteSpace();
        notice.GetProperty("appealDeadline").GetDateTimeOffset().ShouldBe(host.Clock.GetUtcNow().AddDays(15), TimeSpan.FromSeconds(1));
        notice.GetProperty("textZh").GetString()!.ShouldContain("申诉");
        notice.GetProperty("textEn").GetString()!.ShouldContain("appeal");
    }

    [Fact]
    public async Task DecideAppeal_WhenReviewerRecordedTheEntry_Returns422AndAnotherOfficialRestoresTheScore()
    {
        var (recorder, reviewer) = await OfficialsAsync();
        using var _ = recorder;
        using var __ = reviewer;
        var subject = await recorder.EnrolAsync();
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1)));
        (await recorder.ScoreValueAsync(subject)).ShouldBe(980);
        using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var refused = await AppealsApi.DecideAsync(recorder, appeal, "upheld");
        using var upheld = await AppealsApi.DecideAsync(reviewer, appeal, "upheld");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("reviewer_is_recorder");
        upheld.StatusCode.ShouldBe(HttpStatusCode.OK, await upheld.Content.ReadAsStringAsync());
        (await recorder.ScoreValueAsync(subject)).ShouldBe(1000);
        var ledger = (await recorder.LedgerAsync(subject)).EnumerateArray().ToList();
        ledger.Single(e => e.GetProperty("id").GetGuid() == entry).GetProperty("status").GetString().ShouldBe("reversed");
        var notices = (await AppealsApi.NotificationsAsync(recorder, subject)).EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        notices.ShouldContain("appealDecision");
    }

    [Fact]
    public async Task FileAppeal_WhenFiled_LedgerShowsTheEntryUnderAppeal()
    {
        var (recorder, reviewer) = await OfficialsAsync();
        using var _ = recorder;
        using var __ = reviewer;
        var subject = await recorder.EnrolAsync();
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1)));

        using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);

        var ledger = (await recorder.LedgerAsync(subject)).EnumerateArray().Single();
        ledger.GetProperty("status").GetString().ShouldBe("underAppeal");
    }

    [Fact]
    public async Task FileAppeal_WhenDeadlineStatedInNoticeHasPassed_Returns422WithTheCloseDate()
    {
        var (recorder, reviewer) = await OfficialsAsync();
        using var _ = recorder;
        using var __ = reviewer;
        var subject = await recorder.EnrolAsync();
        var recordedAt = host.Clock.GetUtcNow();
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject, "CONTRACT_BREACH", recordedAt.AddDays(-1)));
        host.Clock.Advance(TimeSpan.FromDays(16));

        using var late = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);

        late.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await late.ReadJsonAsync();
        problem.GetProperty("code").GetString().ShouldBe("appeal_window_closed");
        problem.GetProperty("windowClosedAt").GetDateTimeOffset().ShouldBe(recordedAt.AddDays(15), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task EscalationJob_WhenDecisionDeadlinePassed_EscalatesTheAppealAndNotifiesTheSubject()
    {
        var (recorder, reviewer) = await OfficialsAsync();
        using var _ = recorder;
        using var __ = reviewer;
        var subject = await recorder.EnrolAsync();
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1)));
        using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        host.Clock.Advance(TimeSpan.FromDays(30));

        await AppealsApi.RunJobAsync(host.Factory, "appeal-escalation");

        (await AppealsApi.AppealAsync(reviewer, appeal)).GetProperty("status").GetString().ShouldBe("escalated");
        var notices = (await AppealsApi.NotificationsAsync(recorder, subject)).EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        notices.ShouldContain("appealEscalated");
    }
}
