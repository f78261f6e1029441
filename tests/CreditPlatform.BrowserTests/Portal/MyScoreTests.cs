using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Portal;

[Collection(BrowserCollection.Name)]
public sealed class MyScoreTests(BrowserFixture browser)
{
    [Fact]
    public async Task MyScore_WhenCitizenOpensIt_ShowsTheDeductionWithItsLegalBasisDepartmentAndAppealLink()
    {
        await using var session = await browser.OpenAsync(nameof(MyScore_WhenCitizenOpensIt_ShowsTheDeductionWithItsLegalBasisDepartmentAndAppealLink));
        await session.SignInAsync("zhang.wei");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "我的信用分" }).ClickAsync();

        var deduction = session.Page.Locator("ul.entries > li", new() { Has = session.Page.Locator("span.minus") })
            .Filter(new() { Has = session.Page.Locator("a[href^='/portal/appeals/new']") }).First;
        await Assertions.Expect(deduction.Locator("h3")).ToContainTextAsync("−5");
        await Assertions.Expect(deduction.GetByTestId("legal-basis")).Not.ToBeEmptyAsync();
        await Assertions.Expect(deduction.GetByTestId("department")).ToHaveTextAsync("Traffic Police Brigade 交警大队");
        var link = deduction.GetByRole(AriaRole.Link, new() { Name = "对这一条提出异议" });
        (await link.GetAttributeAsync("href")).ShouldStartWith("/portal/appeals/new?entry=");
        await Assertions.Expect(session.Page.Locator(".trend svg polyline")).ToHaveCountAsync(1);
    }
}
