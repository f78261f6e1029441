using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class ApiKeyPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task CreateKey_WhenOfficialIssuesOne_ShowsTheSecretOnlyOnce()
    {
        var name = "浏览器测试密钥 " + Guid.NewGuid().ToString("N")[..6];
        await using var session = await browser.OpenAsync(nameof(CreateKey_WhenOfficialIssuesOne_ShowsTheSecretOnlyOnce), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();

        await session.Page.GetByLabel("What it is for").FillAsync(name);
        await session.Page.GetByLabel("checks:read").CheckAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Create the key" }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("#secret")).ToContainTextAsync("it is shown this once");
        await Assertions.Expect(session.Page.Locator("#keys tr", new() { HasText = name })).ToContainTextAsync("In use");
        await session.Page.GotoAsync("/admin/apikeys");
        await Assertions.Expect(session.Page.Locator("#secret")).ToHaveCountAsync(0);
    }
}
