using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Gathering;

[Collection(BrowserCollection.Name)]
public sealed class VillageBoardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Board_WhenVillageGathererOpensIt_ShowsEveryVillagersFlagsAndStars()
    {
        await using var session = await browser.OpenAsync(nameof(Board_WhenVillageGathererOpensIt_ShowsEveryVillagersFlagsAndStars), width: 360, height: 740, culture: "en");
        await session.SignInAsync("mj.gatherer");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Village board" }).ClickAsync();

        var row = session.Page.Locator("table.board tr", new() { Has = session.Page.GetByRole(AriaRole.Rowheader, new() { Name = "马德福" }) });
        await Assertions.Expect(row).ToContainTextAsync("flags,");
        await Assertions.Expect(session.Page.Locator("table.board tbody tr")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Board_WhenCitySchemeIsNotShownAsStars_SaysSo()
    {
        await using var session = await browser.OpenAsync(nameof(Board_WhenCitySchemeIsNotShownAsStars_SaysSo), culture: "en");
        await session.SignInAsync("rc.traffic");
        await session.Page.GotoAsync("/gather/board");

        await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync("This jurisdiction's scheme is not shown as stars and flags.");
    }
}
