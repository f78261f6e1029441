using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class ListEntryTests(BrowserFixture browser)
{
    [Fact]
    public async Task AddEntry_WhenTheListCoListsRepresentatives_ShowsTheRepresentativesLinkedEntry()
    {
        var organisation = TestIdentifiers.Organization();
        await using var session = await browser.OpenAsync(nameof(AddEntry_WhenTheListCoListsRepresentatives_ShowsTheRepresentativesLinkedEntry), culture: "en");
        await session.SignInAsync("samr.official");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Lists" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "食品安全严重违法生产经营者黑名单 Serious food-safety violators" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Add an entry" }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("#representative-rule")).ToContainTextAsync("its legal representative is listed too");
        await session.Page.GetByLabel("Kind").SelectOptionAsync("organization");
        await session.Page.GetByLabel("Resident identity number or unified social credit code").FillAsync(organisation);
        await session.Page.GetByLabel("Name", new() { Exact = true }).FillAsync("浏览器测试食品有限公司");
        await session.Page.GetByLabel("Why listed").FillAsync("使用非食品原料生产食品 Used non-food raw materials");
        await session.Page.GetByLabel("Document number").FillAsync("测市监罚〔2026〕1号");
        await session.Page.GetByLabel("Legal representative's resident identity number").FillAsync(TestIdentifiers.Person());
        await session.Page.GetByLabel("Legal representative's name").FillAsync("欧阳代表");
        await session.Page.Locator("#confirm-listing").CheckAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Put on the list" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Put on the list; the legal representative was co-listed too.");
        var organisationRow = session.Page.Locator("#entries tr", new() { HasText = "浏览器测试食品有限公司" })
            .Filter(new() { HasNotText = "legal representative of" }).First;
        await Assertions.Expect(organisationRow).ToContainTextAsync("Legal representative co-listed: 欧阳代表");
        var representativeRow = session.Page.Locator("#entries tr", new() { HasText = "co-listed: legal representative of 浏览器测试食品有限公司" });
        await Assertions.Expect(representativeRow).ToContainTextAsync("欧阳代表");
        session.Page.Url.ShouldNotContain(organisation, Case.Insensitive);
    }
}
