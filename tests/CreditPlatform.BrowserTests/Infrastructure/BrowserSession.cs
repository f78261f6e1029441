using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Infrastructure;

/// <summary>One test's browser context and page. Disposing it saves a screenshot, whether the test passed or not.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string screenshotPath) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public string ScreenshotPath { get; } = screenshotPath;

    /// <summary>
    /// Signs in through the real form and waits until the browser has left it: the page it lands on is committed and
    /// its sign-out button is there. It does not wait for the page's load event: once in a few runs that wait missed a
    /// load that had already happened (the page drawn, the network idle) and ran out after 90 s.
    /// </summary>
    public async Task SignInAsync(string userName, string password = "Demo-Pass-2026")
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.Locator("#user").FillAsync(userName);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith("/account/sign-in", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(Page.Locator("header .account form:not(.lang-switch) button[type=submit]")).ToBeVisibleAsync();
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

    /// <summary>
    /// Runs axe-core on the page as it stands and fails on any serious or critical violation, naming each rule, its
    /// help text and the first offending elements.
    /// </summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe();
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at "
                + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString())))
            .ToList();
        blocking.ShouldBeEmpty($"axe-core on {new Uri(Page.Url).AbsolutePath}");
    }

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
