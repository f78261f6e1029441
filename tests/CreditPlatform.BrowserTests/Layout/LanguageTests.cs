using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Layout;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task LanguageSwitch_FromDefaultToEnglishAndBack_SwitchesPageText()
    {
        await using var session = await browser.OpenAsync(nameof(LanguageSwitch_FromDefaultToEnglishAndBack_SwitchesPageText));
        var heading = session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await session.Page.GotoAsync("/account/sign-in");
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(heading).ToHaveTextAsync("登录");

        await session.SwitchLanguageAsync("en");
        await Assertions.Expect(heading).ToHaveTextAsync("Sign in");
        new Uri(session.Page.Url).AbsolutePath.ShouldBe("/account/sign-in");

        await session.SwitchLanguageAsync("zh-CN");
        await Assertions.Expect(heading).ToHaveTextAsync("登录");
    }

    [Fact]
    public async Task LanguageSwitch_WhenSignedIn_KeepsChoiceAcrossPages()
    {
        await using var session = await browser.OpenAsync(nameof(LanguageSwitch_WhenSignedIn_KeepsChoiceAcrossPages));
        await session.SignInAsync("rc.reviewer");

        await session.SwitchLanguageAsync("en");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Subjects" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Subjects");
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
