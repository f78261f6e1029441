using System.Text;
using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class ScreeningPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Screening_WhenOfficialUploadsAFile_ShowsItsProgressToCompletionAndDownloadsTheAnswers()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bidders-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "证件号码,姓名\r\n110101199003074514,甲\r\nnot an identifier,乙\r\n", new UTF8Encoding(true));
        await using var session = await browser.OpenAsync(nameof(Screening_WhenOfficialUploadsAFile_ShowsItsProgressToCompletionAndDownloadsTheAnswers), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/screenings");

        await session.Page.GetByLabel("File (CSV or text, UTF-8)").SetInputFilesAsync(file);
        await session.Page.GetByLabel("Screen for one measure only (optional)").SelectOptionAsync("FLIGHT");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Start screening" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Screening of 2 identifiers has started.");
        // The bar follows the worker by script and the page reloads when the screening completes.
        var row = session.Page.Locator("#screenings tbody tr").First;
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("Completed", new() { Timeout = 30_000 });
        await Assertions.Expect(row.Locator("progress")).ToHaveAttributeAsync("value", "2");
        await Assertions.Expect(row).ToContainTextAsync("2 of 2 screened (100%)");
        await Assertions.Expect(row).ToContainTextAsync("1 not valid identifiers");

        var download = await session.Page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Download results (CSV)" }).ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
        download.SuggestedFilename.ShouldMatch(@"^screening-\d{8}-\d{4}\.csv$");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("1,1101**********4514,");
        lines[2].ShouldStartWith("2,");
        lines[2].Split(',')[2].ShouldBe("invalid_identifier");
        text.ShouldNotContain("110101199003074514");
    }
}
