using System.Net.Http.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Gathering;

/// <summary>
/// On a phone, Majia's gatherer records an event, finds it among today's entries, undoes it after saying why, and
/// sees it marked as no longer counting.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UndoTodayTests(BrowserFixture browser)
{
    private sealed record Words(string WorkOut, string Save, string SeeToday, string RuleTitle, string Mistake, string ConfirmUndo, string Undone);

    private static readonly Dictionary<string, Words> ByCulture = new()
    {
        ["zh-CN"] = new("计算分数", "确认保存", "查看今天的记录（可撤回记错的）", "测试规则", "记录错误", "确认撤回", "已撤回，不计分"),
        ["en"] = new("Work out the points", "Confirm and save", "See today's entries (undo one recorded by mistake)", "Test rule",
            "Recorded by mistake", "Confirm undo", "Undone: does not count"),
    };

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Undo_WhenGathererRecordsByMistakeOnAPhone_ConfirmsWithAReasonAndShowsTheEntryUndone(string culture)
    {
        var words = ByCulture[culture];
        var (rule, subject, name, identifier) = await RuleAndVillagerAsync();
        await using var session = await browser.OpenAsync($"{nameof(Undo_WhenGathererRecordsByMistakeOnAPhone_ConfirmsWithAReasonAndShowsTheEntryUndone)}-{culture}",
            width: 360, height: 740, culture: culture);
        await session.SignInAsync("mj.gatherer");

        await session.Page.GotoAsync($"/gather/record?subject={subject}");
        await session.Page.Locator("#rule").SelectOptionAsync(rule);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = words.WorkOut }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = words.Save }).ClickAsync();
        await session.AssertAccessibleAsync();
        await session.Page.GetByRole(AriaRole.Link, new() { Name = words.SeeToday }).ClickAsync();

        var card = session.Page.GetByTestId("today-entry").Filter(new() { HasText = name });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card).ToContainTextAsync(words.RuleTitle);
        await Assertions.Expect(card).ToContainTextAsync("−3");
        var shown = await card.InnerTextAsync();
        shown.ShouldNotContain(identifier);
        shown.ShouldNotContain(identifier[^4..]);
        await session.AssertAccessibleAsync();
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await card.GetByRole(AriaRole.Link).ClickAsync();

        var confirm = session.Page.GetByTestId("confirm-undo");
        await Assertions.Expect(confirm).ToContainTextAsync(name);
        await Assertions.Expect(confirm.GetByRole(AriaRole.Radio, new() { Name = words.Mistake })).ToBeCheckedAsync();
        await session.AssertAccessibleAsync();
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await confirm.GetByRole(AriaRole.Button, new() { Name = words.ConfirmUndo }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("undone")).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByTestId("entry-reversed")).ToHaveTextAsync(words.Undone);
        await Assertions.Expect(card.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await session.AssertAccessibleAsync();
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    /// <summary>A new Majia rule of −3 in force since before today, and a villager with a name of their own.</summary>
    private async Task<(string Rule, Guid Subject, string Name, string Identifier)> RuleAndVillagerAsync()
    {
        var host = browser.Host;
        using var drafter = await host.SignedInClientAsync("mj.official");
        using var platform = host.ApiClient();
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(platform, ScoringApi.FixedRule(code, -3, effectiveFrom: DateTimeOffset.UtcNow.AddDays(-3)), "majia");
        var name = "马" + string.Concat(Guid.NewGuid().ToString("N")[..3].Select(c => (char)('甲' + (c % 10))));
        var identifier = TestIdentifiers.Person();
        using var enrolled = await platform.PostAsJsonAsync("/api/v1/tenants/majia/subjects", new { kind = "person", identifier, name });
        enrolled.EnsureSuccessStatusCode();
        return (code, (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid(), name, identifier);
    }
}
