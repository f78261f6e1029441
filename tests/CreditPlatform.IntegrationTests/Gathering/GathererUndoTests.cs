using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using static CreditPlatform.IntegrationTests.Gathering.GatherUndo;

namespace CreditPlatform.IntegrationTests.Gathering;

/// <summary>
/// A gatherer's undo of an entry they recorded by mistake, over real HTTP through /gather/today: only the person who
/// recorded it, only on the jurisdiction's day of recording (China Standard Time for Majia), only once, and never
/// anything of another jurisdiction. Each test moves the clock to a moment of its own, so days never run together.
/// </summary>
public sealed class GathererUndoTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static readonly DateTimeOffset LongAgo = DateTimeOffset.UtcNow.AddYears(-1);

    private CreditPlatformFactory Factory => host.Factory;

    /// <summary>Moves the clock forward to the next <paramref name="hour"/>:<paramref name="minute"/> in Shanghai.</summary>
    private DateTimeOffset MoveToLocal(int hour, int minute = 0)
    {
        var local = host.Clock.GetUtcNow().ToOffset(Shanghai);
        var target = new DateTimeOffset(local.Year, local.Month, local.Day, hour, minute, 0, Shanghai).AddDays(1);
        host.Clock.SetUtcNow(target.ToUniversalTime());
        return target;
    }

    private async Task<(string Rule, Guid Subject)> LongStandingRuleAsync(int points = -3)
    {
        using var drafter = await Factory.SignedInClientAsync("mj.official");
        using var platform = Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(platform, ScoringApi.FixedRule(code, points, effectiveFrom: LongAgo), Majia);
        return (code, await platform.EnrolAsync(Majia));
    }

    [Fact]
    public async Task Undo_WhenTheGathererUndoesTheirOwnEntryTheSameDay_ReversesItOnceAuditedAndShowsItUndone()
    {
        MoveToLocal(10);
        var (rule, subject) = await LongStandingRuleAsync(-3);
        using var platform = Factory.ApiClient();
        var before = await platform.ScoreValueAsync(subject, tenant: Majia);
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        var entry = await RecordAsync(gatherer, subject, rule, host.Clock.GetUtcNow());
        var recorded = await platform.ScoreValueAsync(subject, tenant: Majia);

        var listed = WebUtility.HtmlDecode(await gatherer.GetStringAsync("/gather/today"));
        var confirm = await gatherer.GetAsync($"/gather/today?undo={entry}");
        var confirmPage = await confirm.Content.ReadAsStringAsync();
        using var undone = await gatherer.PostAsync($"/gather/today?handler=Undo&undo={entry}", Form(confirmPage, "wrong-rule", "应为另一条"));

        listed.ShouldContain($"data-entry=\"{entry}\"");
        listed.ShouldContain("测试规则");
        listed.ShouldContain("−3");
        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        confirmPage.ShouldContain("data-testid=\"confirm-undo\"");
        undone.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await undone.Content.ReadAsStringAsync();
        after.ShouldContain("data-testid=\"undone\"");
        after.ShouldContain("data-testid=\"entry-reversed\"");
        var reversals = await ReversalsOfAsync(Factory, entry);
        reversals.Count.ShouldBe(1);
        reversals[0].Points.ShouldBe(3);
        reversals[0].Reason.ShouldBe("选错了规则：应为另一条");
        reversals[0].Recorder.ShouldStartWith("user:");
        (await AuditCountAsync(Factory, "UndoOwnEntry", subject)).ShouldBe(1);
        recorded.ShouldBe(before - 3);
        (await platform.ScoreValueAsync(subject, tenant: Majia)).ShouldBe(before);
        var ledger = (await LedgerAsync(Factory, subject)).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetGuid());
        ledger[entry].GetProperty("status").GetString().ShouldBe("reversed");
    }

    [Fact]
    public async Task Undo_WhenAnotherGathererOfTheVillageTries_RefusesAndTheEntryStillCounts()
    {
        MoveToLocal(10);
        var (rule, subject) = await LongStandingRuleAsync();
        var other = await SecondGathererAsync(Factory);
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        using var second = await Factory.SignedInClientAsync(other);
        var entry = await RecordAsync(gatherer, subject, rule, host.Clock.GetUtcNow());

        var listedToOther = await second.GetStringAsync("/gather/today");
        using var confirm = await second.GetAsync($"/gather/today?undo={entry}");
        using var refused = await UndoAsync(second, entry);

        listedToOther.ShouldNotContain(entry.ToString());
        confirm.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("只有记录这条信息的人才能撤回");
        (await ReversalsOfAsync(Factory, entry)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Undo_WhenTheLocalDayHasTurnedThoughTheUtcDayHasNot_Refuses()
    {
        // 23:30 in Shanghai is 15:30 UTC; an hour later it is the next day there and still the same day in UTC.
        MoveToLocal(23, 30);
        var (rule, subject) = await LongStandingRuleAsync();
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        var entry = await RecordAsync(gatherer, subject, rule, host.Clock.GetUtcNow());
        var recordedUtcDay = host.Clock.GetUtcNow().UtcDateTime.Date;

        host.Clock.Advance(TimeSpan.FromHours(1));
        using var refused = await UndoAsync(gatherer, entry);

        host.Clock.GetUtcNow().UtcDateTime.Date.ShouldBe(recordedUtcDay);
        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("只能在记录当天撤回");
        (await gatherer.GetStringAsync("/gather/today")).ShouldNotContain(entry.ToString());
        (await ReversalsOfAsync(Factory, entry)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Undo_WhenTheUtcDayHasTurnedButTheLocalDayHasNot_Allows()
    {
        // 00:10 in Shanghai is 16:10 UTC the day before; 23:50 the same local day is the next day in UTC.
        MoveToLocal(0, 10);
        var (rule, subject) = await LongStandingRuleAsync();
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        var entry = await RecordAsync(gatherer, subject, rule, host.Clock.GetUtcNow());
        var recordedUtcDay = host.Clock.GetUtcNow().UtcDateTime.Date;

        host.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(40));
        using var later = await Factory.SignedInClientAsync("mj.gatherer"); // the morning's session has lapsed by night
        using var undone = await UndoAsync(later, entry);

        host.Clock.GetUtcNow().UtcDateTime.Date.ShouldBe(recordedUtcDay.AddDays(1));
        undone.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReversalsOfAsync(Factory, entry)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Undo_WhenPostedTwiceAtOnce_ReversesOnceAndTellsTheOtherItWasUndoneAlready()
    {
        MoveToLocal(10);
        var (rule, subject) = await LongStandingRuleAsync(-4);
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        var entry = await RecordAsync(gatherer, subject, rule, host.Clock.GetUtcNow());
        var page = await gatherer.GetStringAsync($"/gather/today?undo={entry}");

        var answers = await Task.WhenAll(
            gatherer.PostAsync($"/gather/today?handler=Undo&undo={entry}", Form(page)),
            gatherer.PostAsync($"/gather/today?handler=Undo&undo={entry}", Form(page)));
        using var third = await UndoAsync(gatherer, entry);

        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        third.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var reversals = await ReversalsOfAsync(Factory, entry);
        reversals.Count.ShouldBe(1);
        reversals[0].Reason.ShouldBe("记录错误");
        (await AuditCountAsync(Factory, "UndoOwnEntry", subject)).ShouldBe(1);
        foreach (var a in answers)
        {
            a.Dispose();
        }
    }

    [Fact]
    public async Task Undo_WhenTheEntryIsAnotherJurisdictions_Answers404AndNamesNothingOfIt()
    {
        MoveToLocal(10);
        using var platform = Factory.ApiClient();
        using var enrolled = await platform.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects",
            new { kind = "person", identifier = TestIdentifiers.Person(), name = "荣成居民甲" });
        var subject = (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid();
        var entry = await RecordAsync(platform, subject, "CONTRACT_BREACH", host.Clock.GetUtcNow().AddDays(-1), tenant: "rongcheng");
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");

        using var confirm = await gatherer.GetAsync($"/gather/today?undo={entry}");
        using var refused = await UndoAsync(gatherer, entry);

        confirm.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain("荣成居民甲");
        (await confirm.Content.ReadAsStringAsync()).ShouldNotContain("荣成居民甲");
        (await ReversalsOfAsync(Factory, entry)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Undo_WhenAnotherReasonIsChosenButLeftUnsaid_AsksForItAndUndoesNothing()
    {
        MoveToLocal(10);
        var (rule, subject) = await LongStandingRuleAsync();
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        var entry = await RecordAsync(gatherer, subject, rule, host.Clock.GetUtcNow());

        using var refused = await UndoAsync(gatherer, entry, "other", "  ");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请写明原因");
        (await ReversalsOfAsync(Factory, entry)).ShouldBeEmpty();
    }
}
