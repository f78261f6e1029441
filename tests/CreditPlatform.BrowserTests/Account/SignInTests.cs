using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Account;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_AsOfficial_ShowsDashboardWithOfficialsName()
    {
        await using var session = await browser.OpenAsync(nameof(SignIn_AsOfficial_ShowsDashboardWithOfficialsName));

        await session.SignInAsync("rc.official");

        new Uri(session.Page.Url).AbsolutePath.ShouldBe("/admin");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("工作台");
        await Assertions.Expect(session.Page.Locator("header .who")).ToContainTextAsync("李娜");
        await Assertions.Expect(session.Page.Locator("main .lead")).ToContainTextAsync("李娜");
    }

    [Theory]
    [InlineData("zh-CN", "用户名或密码不正确。")]
    [InlineData("en", "The user name or password is not right.")]
    public async Task SignIn_WithWrongPassword_ShowsErrorInChosenLanguage(string culture, string message)
    {
        await using var session = await browser.OpenAsync($"{nameof(SignIn_WithWrongPassword_ShowsErrorInChosenLanguage)}-{culture}");
        await session.Page.GotoAsync("/account/sign-in");
        if (culture != "zh-CN")
        {
            await session.SwitchLanguageAsync(culture);
        }

        await session.Page.GetByLabel(culture == "en" ? "User name" : "用户名").FillAsync("spc.reviewer");
        await session.Page.GetByLabel(culture == "en" ? "Password" : "密码").FillAsync("not-the-password");
        await session.Page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
