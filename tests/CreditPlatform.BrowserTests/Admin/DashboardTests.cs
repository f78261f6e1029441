using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_WhenOfficialSignsIn_ShowsTheBandAndScoreCharts()
    {
        await using var session = await browser.OpenAsync(nameof(Dashboard_WhenOfficialSignsIn_ShowsTheBandAndScoreCharts), culture: "en");
        await session.SignInAsync("rc.official");

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Img, new() { Name = "Subjects by band" })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Img, new() { Name = "How scores are spread" })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator("#by-band svg rect").First).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator("#events-by-category figcaption")).ToHaveTextAsync("Events per week, last 12 weeks, by category");
    }

    [Fact]
    public async Task Dashboard_WhenTheTableIsOpened_ShowsTheChartsFigures()
    {
        await using var session = await browser.OpenAsync(nameof(Dashboard_WhenTheTableIsOpened_ShowsTheChartsFigures), culture: "en");
        await session.SignInAsync("rc.official");

        await session.Page.Locator("#by-band summary").ClickAsync();

        await Assertions.Expect(session.Page.Locator("#by-band table th[scope=row]").First).ToBeVisibleAsync();
    }
}
