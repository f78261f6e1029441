using System.Text.RegularExpressions;
using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Public;

/// <summary>
/// An anonymous visitor at the public front door: finds a jurisdiction by name, opens its catalogue and reads its rules
/// and bands, in both languages, on a phone and on a desk; every page accessible and free of raw codes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PublicFrontDoorTests(BrowserFixture browser)
{
    /// <summary>A code in capitals joined by underscores (TRAFFIC_RED_LIGHT, FREE_CHECKUP): never shown where a label exists.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\b")]
    private static partial Regex RawCode();

    private static async Task ShowsNoRawCodeAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        RawCode().Matches(text).Select(m => m.Value).ShouldBeEmpty(new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData("zh-CN", 360, "荣成", "荣成市", "马家村", "市", "信用信息目录", "闯红灯", "1050 分及以上", "1030 至 1049 分", "低于 600 分", "免费体检")]
    [InlineData("en", 360, "rongcheng", "Rongcheng City", "Majia Village", "City", "Catalogue of rules and lists", "Running a red light", "1050 points and above", "1030 to 1049 points", "below 600 points", "Free health check")]
    [InlineData("zh-CN", 1280, "荣成", "荣成市", "马家村", "市", "信用信息目录", "闯红灯", "1050 分及以上", "1030 至 1049 分", "低于 600 分", "免费体检")]
    [InlineData("en", 1280, "rongcheng", "Rongcheng City", "Majia Village", "City", "Catalogue of rules and lists", "Running a red light", "1050 points and above", "1030 to 1049 points", "below 600 points", "Free health check")]
    public async Task Visitor_FindsRongchengBySearch_AndReadsItsRulesAndBands(
        string culture, int width, string search, string city, string village, string kind, string catalogue, string rule,
        string topBand, string secondBand, string bottomBand, string measure)
    {
        await using var session = await browser.OpenAsync($"{nameof(Visitor_FindsRongchengBySearch_AndReadsItsRulesAndBands)}-{culture}-{width}", width, 800, culture);
        var page = session.Page;

        await page.GotoAsync("/public");
        var everyone = page.Locator("ul.jurisdictions li[data-slug='rongcheng']");
        await Assertions.Expect(everyone.Locator("h3").First).ToContainTextAsync(city);
        await Assertions.Expect(everyone.Locator("h3").First).ToContainTextAsync(kind);
        await Assertions.Expect(everyone.Locator("li[data-slug='majia'] h3")).ToContainTextAsync(village);
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await ShowsNoRawCodeAsync(page);
        await session.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Searchbox).FillAsync(search);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("q=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("li[data-slug]")).ToHaveCountAsync(1);
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await session.AssertAccessibleAsync();

        var found = page.Locator("li[data-slug='rongcheng']");
        await found.GetByRole(AriaRole.Link, new() { Name = catalogue }).ClickAsync();
        await page.WaitForURLAsync("**/public/catalogue/rongcheng");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(city);
        await Assertions.Expect(page.GetByTestId("rules").Locator("li[data-code='TRAFFIC_RED_LIGHT'] h3")).ToHaveTextAsync(rule);
        var bands = page.GetByTestId("bands");
        await Assertions.Expect(bands.Locator("li")).ToHaveCountAsync(6);
        await Assertions.Expect(bands.Locator("li[data-band='AAA'] [data-testid='band-range']")).ToHaveTextAsync(topBand);
        await Assertions.Expect(bands.Locator("li[data-band='AA'] [data-testid='band-range']")).ToHaveTextAsync(secondBand);
        await Assertions.Expect(bands.Locator("li[data-band='D'] [data-testid='band-range']")).ToHaveTextAsync(bottomBand);
        await Assertions.Expect(bands.Locator("li[data-band='AAA']")).ToContainTextAsync(measure);
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await ShowsNoRawCodeAsync(page);
        await session.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData("zh-CN", "马家", "马家村", "本辖区以星和旗公示积分")]
    [InlineData("en", "Majia", "Majia Village", "This jurisdiction shows points as stars and flags")]
    public async Task Visitor_FindsAVillage_UnderItsCity_AndReadsItsCatalogueOnAPhone(string culture, string search, string village, string stars)
    {
        await using var session = await browser.OpenAsync($"{nameof(Visitor_FindsAVillage_UnderItsCity_AndReadsItsCatalogueOnAPhone)}-{culture}", 360, 740, culture);
        var page = session.Page;

        await page.GotoAsync("/public");
        await page.GetByRole(AriaRole.Searchbox).FillAsync(search);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button).ClickAsync();

        var city = page.Locator("li[data-slug='rongcheng']");
        await Assertions.Expect(city.Locator("li[data-slug='majia'] h3")).ToContainTextAsync(village);
        await Assertions.Expect(city.Locator(":scope > .jurisdiction-card a")).ToHaveCountAsync(0);
        await session.AssertAccessibleAsync();
        await city.Locator("li[data-slug='majia'] a").ClickAsync();
        await page.WaitForURLAsync("**/public/catalogue/majia");

        await Assertions.Expect(page.GetByTestId("no-bands")).ToContainTextAsync(stars);
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await ShowsNoRawCodeAsync(page);
        await session.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData("zh-CN", "查询公示的名单", "最高人民法院")]
    [InlineData("en", "Search the published lists", "Supreme People's Court")]
    public async Task Visitor_FollowsTheListLink_AndReadsEntriesAsCardsOnAPhone(string culture, string link, string authority)
    {
        await using var session = await browser.OpenAsync($"{nameof(Visitor_FollowsTheListLink_AndReadsEntriesAsCardsOnAPhone)}-{culture}", 360, 740, culture);
        var page = session.Page;

        await page.GotoAsync("/public");
        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await page.WaitForURLAsync("**/public/lists");

        var entries = page.GetByTestId("public-entries").Locator(":scope > li");
        (await entries.CountAsync()).ShouldBeGreaterThan(0);
        await Assertions.Expect(page.GetByTestId("public-entries")).ToContainTextAsync(authority);
        var card = await entries.First.BoundingBoxAsync();
        card.ShouldNotBeNull();
        card.Width.ShouldBeLessThanOrEqualTo(360);
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await ShowsNoRawCodeAsync(page);
        await session.AssertAccessibleAsync();
    }
}
