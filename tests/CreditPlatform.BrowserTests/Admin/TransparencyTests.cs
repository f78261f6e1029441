using System.Text;
using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class TransparencyTests(BrowserFixture browser)
{
    [Fact]
    public async Task DownloadCsv_WhenOfficialPicksAYear_SavesTheReportAsCsv()
    {
        await using var session = await browser.OpenAsync(nameof(DownloadCsv_WhenOfficialPicksAYear_SavesTheReportAsCsv), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/transparency");
        await session.Page.GetByLabel("Period").SelectOptionAsync("year");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);

        download.SuggestedFilename.ShouldMatch(@"^transparency-\d{4}\.csv$");
        text.ShouldStartWith("section,key,detail,count\r\n");
        text.ShouldContain("appeals,");
    }
}
