using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class RuleEditorTests(BrowserFixture browser)
{
    private static string NewCode(string stem) => $"{stem}_{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    private static async Task FillDraftAsync(IPage page, string code, string category)
    {
        await page.GotoAsync("/admin/rules/draft");
        await page.GetByLabel("Rule code").FillAsync(code);
        await page.GetByLabel("Chinese title").FillAsync("浏览器测试规则");
        await page.GetByLabel("English title").FillAsync("Browser test rule");
        await page.GetByLabel("Category", new() { Exact = true }).FillAsync(category);
        await page.GetByLabel("Legal basis").FillAsync("《测试条例》第一条 / Test Regulation, Art. 1");
        await page.GetByLabel("Points", new() { Exact = true }).FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
    }

    private static async Task DraftAsOfficialAsync(BrowserSession session, string code)
    {
        await session.SignInAsync("rc.official");
        await FillDraftAsync(session.Page, code, "traffic");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Draft 1 of rule {code} saved");
    }

    private static ILocator Row(IPage page, string code) => page.Locator($"#rules tr[data-rule='{code}']");

    [Fact]
    public async Task DraftRule_WhenCategoryIsProtected_ShowsTheGuardrailRefusalOnTheForm()
    {
        await using var session = await browser.OpenAsync(nameof(DraftRule_WhenCategoryIsProtected_ShowsTheGuardrailRefusalOnTheForm), culture: "en");
        await session.SignInAsync("rc.official");

        await FillDraftAsync(session.Page, NewCode("RELIGIOUS_ACTIVITY"), "religion");

        var refusal = session.Page.Locator("#refusal");
        await Assertions.Expect(refusal).ToContainTextAsync("a category no scheme may score");
        await Assertions.Expect(refusal).ToContainTextAsync("forbidden_category");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Draft a rule");
        await Assertions.Expect(session.Page.GetByLabel("Category", new() { Exact = true })).ToHaveValueAsync("religion");
    }

    [Fact]
    public async Task DraftRule_WhenValid_ListsItAsADraft()
    {
        var code = NewCode("BROWSER_DRAFT");
        await using var session = await browser.OpenAsync(nameof(DraftRule_WhenValid_ListsItAsADraft), culture: "en");

        await DraftAsOfficialAsync(session, code);

        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("Draft");
        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("-5 points each time");
    }

    [Fact]
    public async Task ApproveRule_WhenTheDrafterApproves_ShowsTheFourEyesRefusal()
    {
        var code = NewCode("BROWSER_SELF");
        await using var session = await browser.OpenAsync(nameof(ApproveRule_WhenTheDrafterApproves_ShowsTheFourEyesRefusal), culture: "en");
        await DraftAsOfficialAsync(session, code);

        await Row(session.Page, code).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("#refusal")).ToContainTextAsync("Four-eyes principle");
        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("Draft");
    }

    [Fact]
    public async Task ApproveRule_WhenAnotherOfficialApproves_PutsTheRuleInForce()
    {
        var code = NewCode("BROWSER_PAIR");
        await using (var drafter = await browser.OpenAsync(nameof(ApproveRule_WhenAnotherOfficialApproves_PutsTheRuleInForce) + "_draft", culture: "en"))
        {
            await DraftAsOfficialAsync(drafter, code);
        }

        await using var session = await browser.OpenAsync(nameof(ApproveRule_WhenAnotherOfficialApproves_PutsTheRuleInForce), culture: "en");
        await session.SignInAsync("rc.reviewer");
        await session.Page.GotoAsync("/admin/rules");
        await Row(session.Page, code).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Rule {code} version 1 approved.");
        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("In force");
    }
}
