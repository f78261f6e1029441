using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Infrastructure;

/// <summary>One test's browser context and page. Disposing it saves a screenshot, whether the test passed or not.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string screenshotPath) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public string ScreenshotPath { get; } = screenshotPath;

    /// <summary>Signs in through the real form and waits until the browser has left it.</summary>
    public async Task SignInAsync(string userName, string password = "Demo-Pass-2026")
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.Locator("#user").FillAsync(userName);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Presses the language switch in the header and waits for the page in that language.</summary>
    public async Task SwitchLanguageAsync(string culture)
    {
        await Page.Locator($"form.lang-switch button[lang='{culture}']").ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }

    /// <summary>True when the page is wider than the viewport (a sideways scroll bar).</summary>
    public Task<bool> ScrollsSidewaysAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
