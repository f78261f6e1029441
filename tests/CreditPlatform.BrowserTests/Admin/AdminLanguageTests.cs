using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class AdminLanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task SwitchLanguage_OnTheRulesPage_ShowsTheRulesPageInEnglish()
    {
        await using var session = await browser.OpenAsync(nameof(SwitchLanguage_OnTheRulesPage_ShowsTheRulesPageInEnglish));
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/rules");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("评分方案与规则");

        await session.SwitchLanguageAsync("en");

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scheme and rules");
        await Assertions.Expect(session.Page.Locator("#bands caption")).ToHaveTextAsync("Bands and their thresholds");
        new Uri(session.Page.Url).AbsolutePath.ShouldBe("/admin/rules");
    }
}
