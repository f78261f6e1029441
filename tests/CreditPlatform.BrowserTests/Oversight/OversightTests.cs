using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.Infrastructure.Persistence.Seed;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Oversight;

/// <summary>
/// Rongcheng's official suspends a Majia rule with a reason; Majia's official sees who and why on the rules page; a
/// villager with points from the rule reads why in the portal.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("zh-CN", 360)]
    [InlineData("en", 1280)]
    [InlineData("zh-CN", 1280)]
    [InlineData("en", 360)]
    public async Task SuspendRule_WhenTheCitySuspendsAVillageRule_TheVillageSeesWhoAndWhyAndTheVillagerIsTold(string culture, int width)
    {
        var (code, villager) = await VillageRuleWithAVillagerAsync();
        var reason = $"罚则超出市级规定 Exceeds the city's regulation {code}";

        await using (var city = await browser.OpenAsync($"{nameof(OversightTests)}-city-{culture}-{width}", width, culture: culture))
        {
            await city.SignInAsync("rc.official");
            await city.Page.GotoAsync("/admin/oversight");
            await city.AssertAccessibleAsync();
            var item = city.Page.Locator($"article[data-item='{code}']");
            await item.Locator("textarea[name=reason]").FillAsync(reason);
            await item.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(city.Page.Locator("p.notice")).ToContainTextAsync(code);
            await Assertions.Expect(city.Page.Locator($"article[data-item='{code}'] dl")).ToContainTextAsync(reason);
            await city.AssertAccessibleAsync();
            (await city.ScrollsSidewaysAsync()).ShouldBeFalse();
        }

        await using (var village = await browser.OpenAsync($"{nameof(OversightTests)}-village-{culture}-{width}", width, culture: culture))
        {
            await village.SignInAsync("mj.official");
            await village.Page.GotoAsync("/admin/rules");
            var card = village.Page.Locator($"#suspensions article[data-suspended='{code}']");
            await Assertions.Expect(card.Locator(".suspended-by")).ToContainTextAsync("Li Na 李娜");
            await Assertions.Expect(card.Locator(".suspended-by")).ToContainTextAsync("Rongcheng Credit Office 荣成市信用办");
            await Assertions.Expect(card.Locator(".suspension-reason")).ToHaveTextAsync(reason);
            (await card.InnerTextAsync()).ShouldNotContain("user:");
            await village.AssertAccessibleAsync();
        }

        await using var portal = await browser.OpenAsync($"{nameof(OversightTests)}-villager-{culture}-{width}", width, culture: culture);
        await portal.SignInAsync(villager);
        await portal.Page.GotoAsync("/portal/notifications");
        await Assertions.Expect(portal.Page.Locator("main")).ToContainTextAsync(reason);
        await portal.AssertAccessibleAsync();
        (await portal.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    /// <summary>A new Majia rule, and a villager with a portal login and points from it.</summary>
    private async Task<(string Code, string UserName)> VillageRuleWithAVillagerAsync()
    {
        var host = browser.Host;
        using var drafter = await host.SignedInClientAsync("mj.official");
        using var platform = host.ApiClient();
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(platform, ScoringApi.FixedRule(code, -1), "majia");
        var subject = await platform.EnrolAsync("majia");
        await platform.RecordAsync(subject, code, DateTimeOffset.UtcNow, tenant: "majia");

        var userName = "mj.villager." + code.ToLowerInvariant();
        using var scope = host.Services.CreateScope();
        await DemoSeeder.CreateUserAsync(scope.ServiceProvider, userName, "Ma Hua 马华", Roles.Citizen, await host.TenantIdAsync("majia"), null, subject);
        return (code, userName);
    }
}
