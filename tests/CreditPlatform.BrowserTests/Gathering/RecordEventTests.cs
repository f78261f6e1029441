using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Gathering;

[Collection(BrowserCollection.Name)]
public sealed class RecordEventTests(BrowserFixture browser)
{
    [Fact]
    public async Task Record_WhenGathererOnAPhoneFindsAResidentByTwoLetters_PreviewsThePointsAndSavesTheNewScore()
    {
        await using var session = await browser.OpenAsync(
            nameof(Record_WhenGathererOnAPhoneFindsAResidentByTwoLetters_PreviewsThePointsAndSavesTheNewScore), width: 360, height: 740, culture: "en");
        await session.SignInAsync("mj.gatherer");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Record event" }).ClickAsync();

        await session.Page.GetByLabel("Resident's name or pinyin initials").PressSequentiallyAsync("马建");
        await session.Page.Locator("#suggestions a", new() { HasText = "马建国" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("resident")).ToHaveTextAsync("马建国");

        await session.Page.GetByLabel("Rule").SelectOptionAsync("COMMUNITY_LABOUR");
        await session.Page.GetByLabel("Quantity (hours, yuan… leave empty if none)").FillAsync("8");
        await session.Page.GetByLabel("Evidence").FillAsync("Installing the basketball hoop");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Work out the points" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("preview-points")).ToHaveTextAsync("+2");
        var change = await session.Page.Locator("dt:has-text('Score change') + dd").InnerTextAsync();
        var before = int.Parse(change.Split('→')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm and save" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("new-score")).ToContainTextAsync($"Score now: {before + 2}");
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Record_WhenScriptIsOff_FindsTheResidentThroughThePlainSearchForm()
    {
        await using var session = await browser.OpenAsync(nameof(Record_WhenScriptIsOff_FindsTheResidentThroughThePlainSearchForm), width: 360, height: 740);
        await session.SignInAsync("rc.traffic");
        await session.Page.GotoAsync("/gather/record?q=%E5%BC%A0%E4%BC%9F");

        await session.Page.GetByRole(AriaRole.Link, new() { Name = "张伟" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("resident")).ToHaveTextAsync("张伟");
        await Assertions.Expect(session.Page.Locator("#rule option").First).ToHaveAttributeAsync("value", "TRAFFIC_RED_LIGHT");
    }
}
