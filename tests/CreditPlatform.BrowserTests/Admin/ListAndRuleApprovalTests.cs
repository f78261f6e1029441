using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

/// <summary>An official drafts a list and a rule on the web; a second official approves both; the drafter cannot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListAndRuleApprovalTests(BrowserFixture browser)
{
    private static string NewCode(string stem) => $"{stem}_{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    [Theory]
    [InlineData("zh-CN", 360)]
    [InlineData("en", 1280)]
    public async Task ListAndRule_DraftedByOneOfficial_AreApprovedByASecond(string culture, int width)
    {
        var listCode = NewCode("BROWSER_LIST");
        var ruleCode = NewCode("BROWSER_RULE");
        await using var drafter = await browser.OpenAsync($"{nameof(ListAndRule_DraftedByOneOfficial_AreApprovedByASecond)}_{culture}_drafter", width, 900, culture);
        await drafter.SignInAsync("rc.official");
        var page = drafter.Page;

        // The list, with its whole policy.
        await page.GotoAsync("/admin/lists");
        await drafter.AssertAccessibleAsync();
        await page.Locator("#draft-list").ClickAsync();
        await drafter.AssertAccessibleAsync();
        (await drafter.ScrollsSidewaysAsync()).ShouldBeFalse();
        await page.Locator("#list-code").FillAsync(listCode);
        await page.Locator("#list-name").FillAsync("浏览器测试名单");
        await page.Locator("#kind-black").CheckAsync();
        await page.Locator("#sector").SelectOptionAsync("wage_arrears");
        await page.Locator("#legal-basis").FillAsync("《保障农民工工资支付条例》第四十八条");
        await page.Locator("#duration").FillAsync("365");
        await page.Locator("#measure-FLIGHT").CheckAsync();
        await page.Locator("#measure-GOV_TENDER").CheckAsync();
        await page.Locator("#representative").SelectOptionAsync("restricted");
        await page.Locator("#appeal-window").FillAsync("20");
        await page.Locator("#repair-minimum").FillAsync("90");
        await page.Locator("#save-list-draft").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        var listDraft = page.Locator($"article[data-list-draft='{listCode}']");
        await Assertions.Expect(listDraft).ToBeVisibleAsync();
        await drafter.AssertAccessibleAsync();
        await listDraft.Locator("button.approve-list").ClickAsync();
        await Assertions.Expect(page.Locator("#refusal")).ToContainTextAsync(culture == "en" ? "Four-eyes" : "四眼原则");

        // The rule.
        await page.GotoAsync("/admin/rules/draft");
        await page.Locator("#code").FillAsync(ruleCode);
        await page.Locator("#title-zh").FillAsync("浏览器测试规则");
        await page.Locator("#title-en").FillAsync("Browser test rule");
        await page.Locator("#category").SelectOptionAsync("traffic");
        await page.Locator("#legal-basis").FillAsync("《测试条例》第一条 / Test Regulation, Art. 1");
        await page.Locator("#points").FillAsync("-5");
        await page.Locator("#save-draft").ClickAsync();
        await Assertions.Expect(page.Locator($"#rules tr[data-rule='{ruleCode}'][data-version='1']")).ToBeVisibleAsync();

        await using var reviewer = await browser.OpenAsync($"{nameof(ListAndRule_DraftedByOneOfficial_AreApprovedByASecond)}_{culture}_reviewer", width, 900, culture);
        await reviewer.SignInAsync("rc.reviewer");
        await reviewer.Page.GotoAsync("/admin/lists");
        await reviewer.AssertAccessibleAsync();
        await reviewer.Page.Locator($"article[data-list-draft='{listCode}'] button.approve-list").ClickAsync();
        await Assertions.Expect(reviewer.Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.Page.Locator($"article[data-list-draft='{listCode}']")).ToHaveCountAsync(0);
        await Assertions.Expect(reviewer.Page.Locator("#lists")).ToContainTextAsync(listCode);
        await reviewer.AssertAccessibleAsync();

        await reviewer.Page.GotoAsync("/admin/rules");
        await reviewer.Page.Locator($"#rules tr[data-rule='{ruleCode}'][data-version='1'] a").First.ClickAsync();
        await reviewer.AssertAccessibleAsync();
        await reviewer.Page.Locator("form[action*='handler=Approve'] button").ClickAsync();
        await Assertions.Expect(reviewer.Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.Page.Locator($"#rules tr[data-rule='{ruleCode}'][data-version='1']")).ToContainTextAsync(culture == "en" ? "In force" : "生效中");
        await reviewer.AssertAccessibleAsync();
    }
}
