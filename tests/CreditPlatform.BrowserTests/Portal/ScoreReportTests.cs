using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Portal;

[Collection(BrowserCollection.Name)]
public sealed class ScoreReportTests(BrowserFixture browser)
{
    [Fact]
    public async Task Verify_WhenBankEntersTheCodeOfAFreshReport_ShowsItGenuineWithTheSameScore()
    {
        string code;
        string score;
        await using (var citizen = await browser.OpenAsync(nameof(Verify_WhenBankEntersTheCodeOfAFreshReport_ShowsItGenuineWithTheSameScore) + "_report", culture: "en"))
        {
            await citizen.SignInAsync("zhang.wei");
            await citizen.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Score report" }).ClickAsync();
            await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Make the report" }).ClickAsync();
            code = await citizen.Page.GetByTestId("report-code").InnerTextAsync();
            score = await citizen.Page.GetByTestId("report-score").InnerTextAsync();
        }

        await using var bank = await browser.OpenAsync(nameof(Verify_WhenBankEntersTheCodeOfAFreshReport_ShowsItGenuineWithTheSameScore), culture: "en");
        await bank.Page.GotoAsync("/public/verify");
        await bank.Page.GetByLabel("Verification code").FillAsync(code.ToLowerInvariant());
        await bank.Page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Assertions.Expect(bank.Page.GetByTestId("verify-result")).ToHaveTextAsync("The report is genuine and valid");
        await Assertions.Expect(bank.Page.Locator("main")).ToContainTextAsync("张伟");
        await Assertions.Expect(bank.Page.Locator("main")).ToContainTextAsync("1101**********002X");
        await Assertions.Expect(bank.Page.Locator("dt:has-text('Score') + dd").First).ToHaveTextAsync(score);
    }

    [Fact]
    public async Task Verify_WhenTheCodeIsMadeUp_SaysNoReportHasIt()
    {
        await using var bank = await browser.OpenAsync(nameof(Verify_WhenTheCodeIsMadeUp_SaysNoReportHasIt), culture: "en");
        await bank.Page.GotoAsync("/public/verify");
        await bank.Page.GetByLabel("Verification code").FillAsync("ABCD-EFGH-JKMN-PQRS");
        await bank.Page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Assertions.Expect(bank.Page.GetByTestId("verify-result")).ToHaveTextAsync("No report has this code. Check it was typed correctly.");
    }
}
