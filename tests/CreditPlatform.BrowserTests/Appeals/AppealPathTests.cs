using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Appeals;

[Collection(BrowserCollection.Name)]
public sealed class AppealPathTests(BrowserFixture browser)
{
    private const string Name = nameof(Appeal_WhenCitizenObjectsToADeductionAndAnotherOfficialUpholdsIt_RestoresHisScore);

    [Fact]
    public async Task Appeal_WhenCitizenObjectsToADeductionAndAnotherOfficialUpholdsIt_RestoresHisScore()
    {
        await using var citizen = await browser.OpenAsync(Name + "_citizen", culture: "en");
        await citizen.SignInAsync("zhang.wei");
        await citizen.Page.GotoAsync("/portal/score");
        var before = await citizen.Page.GetByTestId("score").InnerTextAsync();
        var known = await citizen.Page.Locator("ul.entries > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.entry)");

        await RecordRedLightAsync();

        await citizen.Page.ReloadAsync();
        var entryId = await NewDeductionAsync(citizen.Page, known);
        var deduction = citizen.Page.Locator($"ul.entries > li[data-entry='{entryId}']");
        await Assertions.Expect(deduction.GetByTestId("legal-basis")).Not.ToBeEmptyAsync();
        await Assertions.Expect(citizen.Page.GetByTestId("score")).Not.ToHaveTextAsync(before);

        await deduction.GetByRole(AriaRole.Link, new() { Name = "Object to this entry" }).ClickAsync();
        await Assertions.Expect(citizen.Page.GetByTestId("appealed-entry")).ToBeVisibleAsync();
        await citizen.Page.GetByLabel("Your reasons").FillAsync("I was not driving that day; the car was at the garage.");
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Send the appeal" }).ClickAsync();
        var filed = citizen.Page.Locator("ul.appeals > li", new() { HasText = "I was not driving that day" }).First;
        await Assertions.Expect(filed.GetByTestId("appeal-status")).ToHaveTextAsync("Being reviewed");
        var appealId = await filed.GetAttributeAsync("data-appeal");

        await UpholdAsync(appealId!);

        await citizen.Page.GotoAsync("/portal/score");
        await Assertions.Expect(citizen.Page.GetByTestId("score")).ToHaveTextAsync(before);
        await citizen.Page.GotoAsync("/portal/appeals");
        await Assertions.Expect(citizen.Page.Locator($"li[data-appeal='{appealId}']").GetByTestId("appeal-status"))
            .ToHaveTextAsync("Upheld: the entry was withdrawn");
    }

    private async Task RecordRedLightAsync()
    {
        await using var gatherer = await browser.OpenAsync(Name + "_gatherer", culture: "en");
        await gatherer.SignInAsync("rc.traffic");
        await gatherer.Page.GotoAsync("/gather/record?q=%E5%BC%A0%E4%BC%9F");
        await gatherer.Page.GetByRole(AriaRole.Link, new() { Name = "张伟" }).ClickAsync();
        await gatherer.Page.GetByLabel("Rule").SelectOptionAsync("TRAFFIC_RED_LIGHT");
        await gatherer.Page.GetByLabel("Evidence").FillAsync("Camera 12, Renmin Road crossing");
        await gatherer.Page.GetByRole(AriaRole.Button, new() { Name = "Work out the points" }).ClickAsync();
        await gatherer.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm and save" }).ClickAsync();
        await Assertions.Expect(gatherer.Page.GetByTestId("new-score")).ToBeVisibleAsync();
    }

    private async Task UpholdAsync(string appealId)
    {
        await using var reviewer = await browser.OpenAsync(Name, culture: "en");
        await reviewer.SignInAsync("rc.reviewer");
        await reviewer.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Appeals" }).ClickAsync();
        await reviewer.Page.Locator($"tr[data-appeal='{appealId}']").GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Assertions.Expect(reviewer.Page.GetByTestId("appeal-reason")).ToContainTextAsync("I was not driving that day");
        await reviewer.Page.GetByLabel("Upheld (withdraw the entry)").CheckAsync();
        await reviewer.Page.GetByLabel("Written reasons").FillAsync("The garage's records show the car was there all day.");
        await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Decide" }).ClickAsync();
        await Assertions.Expect(reviewer.Page.Locator($"tr[data-appeal='{appealId}']")).ToHaveCountAsync(0);
    }

    private static async Task<string> NewDeductionAsync(IPage page, string[] known)
    {
        var deductions = await page.Locator("ul.entries > li", new() { Has = page.Locator("span.minus") })
            .EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.entry)");
        return deductions.Except(known).ShouldHaveSingleItem();
    }
}
