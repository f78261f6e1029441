using CreditPlatform.BrowserTests.Infrastructure;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
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

    [Fact]
    public async Task MyScore_WhenADeductionWasReversed_ShowsItStruckThroughWithItsCorrectionBeside()
    {
        using var api = browser.Host.ApiClient();
        using var lookup = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = "11010519491231002X" });
        var subjectId = (await lookup.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var recorded = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/events",
            new { subjectId, ruleCode = "CONTRACT_BREACH", occurredAt = DateTimeOffset.UtcNow.AddDays(-2) });
        var entryId = (await recorded.ReadJsonAsync()).GetProperty("entries")[0].GetProperty("id").GetGuid();
        using var reversed = await api.PostAsJsonAsync($"/api/v1/tenants/rongcheng/ledger/{entryId}/reversal", new { reason = "记错了人" });
        var reversalId = (await reversed.ReadJsonAsync()).GetProperty("id").GetGuid();
        await using var session = await browser.OpenAsync(nameof(MyScore_WhenADeductionWasReversed_ShowsItStruckThroughWithItsCorrectionBeside));
        await session.SignInAsync("zhang.wei");

        await session.Page.GotoAsync("/portal/score");

        var entry = session.Page.Locator($"ul.entries > li[data-entry='{entryId}']");
        await Assertions.Expect(entry.Locator("h3 del")).ToHaveTextAsync("−20");
        await Assertions.Expect(entry.Locator("h3 .correction")).ToContainTextAsync("0");
        await Assertions.Expect(entry.Locator($"p.correction[data-correction='{reversalId}']")).ToContainTextAsync("+20");
        await Assertions.Expect(entry.Locator($"p.correction[data-correction='{reversalId}']")).ToContainTextAsync("记错了人");
        await Assertions.Expect(session.Page.Locator($"ul.entries > li[data-entry='{reversalId}']")).ToHaveCountAsync(0);
        await Assertions.Expect(entry.Locator(".plus")).ToHaveCountAsync(0);
    }
}
