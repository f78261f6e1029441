using System.Text;
using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Gathering;

[Collection(BrowserCollection.Name)]
public sealed class TallyImportTests(BrowserFixture browser)
{
    private static FilePayload Csv(string body) => new()
    {
        Name = "tally.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes("resident,rule,quantity,date,evidence\n" + body),
    };

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Tally_WhenSomeLinesAreBad_ReportsEachErrorAndImportsTheGoodLinesOnce()
    {
        var file = Csv(
            $"马秀英,LITTERING,,{Today},村口乱扔垃圾\n" +
            $"无此人,LITTERING,,{Today},x\n" +
            $"马志强,NO_SUCH_RULE,,{Today},x\n" +
            $"马桂兰,COMMUNITY_LABOUR,lots,{Today},x\n" +
            "马德福,CLEAN_YARD,,31/31/2026,x\n" +
            $"马德福,COMMUNITY_LABOUR,4,{Today},修路\n");
        await using var session = await browser.OpenAsync(nameof(Tally_WhenSomeLinesAreBad_ReportsEachErrorAndImportsTheGoodLinesOnce), culture: "en");
        await session.SignInAsync("mj.gatherer");
        await session.Page.GotoAsync("/gather/tally");

        await session.Page.GetByLabel("Tally file").SetInputFilesAsync(file);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("tally-summary")).ToHaveTextAsync("6 lines: 2 can be imported, 4 have errors (lines with errors are not imported).");
        await Assertions.Expect(session.Page.Locator("li[data-line='3']")).ToContainTextAsync("Unknown resident");
        await Assertions.Expect(session.Page.Locator("li[data-line='4']")).ToContainTextAsync("Unknown rule");
        await Assertions.Expect(session.Page.Locator("li[data-line='5']")).ToContainTextAsync("Bad quantity");
        await Assertions.Expect(session.Page.Locator("li[data-line='6']")).ToContainTextAsync("Bad date");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Import the good lines" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("tally-done")).ToHaveTextAsync("Import finished: 2 new, 0 already imported before, 0 refused.");
        await Assertions.Expect(session.Page.Locator("#tally-progress")).ToHaveAttributeAsync("value", "2");

        await session.Page.GetByLabel("Tally file").SetInputFilesAsync(file);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Import the good lines" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("tally-done")).ToHaveTextAsync("Import finished: 0 new, 2 already imported before, 0 refused.");
    }
}
