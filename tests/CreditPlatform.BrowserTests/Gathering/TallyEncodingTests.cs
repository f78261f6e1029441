using System.Text;
using CreditPlatform.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Gathering;

[Collection(BrowserCollection.Name)]
public sealed class TallyEncodingTests(BrowserFixture browser)
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static FilePayload Gbk(string body)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new FilePayload
        {
            Name = "台账.csv",
            MimeType = "text/csv",
            Buffer = Encoding.GetEncoding("GBK").GetBytes("居民,规则代码,数量,日期,证据说明\r\n" + body),
        };
    }

    [Theory]
    [InlineData("zh-CN", 360, "台账文件", "检查文件", "改用 LITTERING 并重新检查", "导入正确的行", "导入完成：新记录 2 条，之前已导入 0 条，被拒绝 0 条。")]
    [InlineData("en", 1280, "Tally file", "Check the file", "Use LITTERING and check again", "Import the good lines", "Import finished: 2 new, 0 already imported before, 0 refused.")]
    public async Task Tally_WhenAGbkFileHasAMisspeltRuleCode_SuggestsTheRuleAndImportsOnceFixed(
        string culture, int width, string fileLabel, string check, string useSuggestion, string import, string done)
    {
        var day = culture == "en" ? Today : DateTime.UtcNow.AddDays(-1).ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture);
        var file = Gbk($"马秀英,LITERING,,{day},村口乱扔垃圾 {culture}\r\n马德福,COMMUNITY_LABOUR,2,{day},修路 {culture}\r\n");
        await using var session = await browser.OpenAsync(nameof(Tally_WhenAGbkFileHasAMisspeltRuleCode_SuggestsTheRuleAndImportsOnceFixed) + culture, width, 900, culture);
        await session.SignInAsync("mj.gatherer");
        await session.Page.GotoAsync("/gather/tally");
        await session.AssertAccessibleAsync();

        await session.Page.GetByLabel(fileLabel).SetInputFilesAsync(file);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = check }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("tally-encoding")).ToContainTextAsync("GB18030");
        await Assertions.Expect(session.Page.Locator("li[data-line='2']")).ToContainTextAsync("LITERING");
        await session.AssertAccessibleAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = useSuggestion }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("li[data-line='2'] [data-testid='tally-points']")).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator("li[data-line='2']")).ToContainTextAsync("LITTERING");
        await session.AssertAccessibleAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = import }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("tally-done")).ToHaveTextAsync(done);
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
    }
}
