using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class SubjectPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Details_WhenSubjectHasPoints_ShowsScoreTrendAndRecord()
    {
        await using var session = await browser.OpenAsync(nameof(Details_WhenSubjectHasPoints_ShowsScoreTrendAndRecord), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/subjects");
        await session.Page.GetByLabel("Name starts with").FillAsync("张伟");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "张伟" }).First.ClickAsync();

        await Assertions.Expect(session.Page.Locator("#score")).ToContainTextAsync("Current score");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Img, new() { Name = "Score over the last 12 months" })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator("#ledger tbody tr").First).ToBeVisibleAsync();
    }
}
