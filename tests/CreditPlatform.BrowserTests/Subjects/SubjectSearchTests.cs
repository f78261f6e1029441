using System.Net.Http.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Subjects;

[Collection(BrowserCollection.Name)]
public sealed class SubjectSearchTests(BrowserFixture browser)
{
    private async Task<string> EnrolAsync(string name)
    {
        var identifier = TestIdentifiers.Person();
        using var api = browser.Host.ApiClient();
        using var response = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name });
        response.EnsureSuccessStatusCode();
        return identifier;
    }

    [Fact]
    public async Task SearchByNamePrefix_WhenOfficialOpensAResult_ShowsTheSubjectsPage()
    {
        var identifier = await EnrolAsync("欧阳浏览");
        await using var session = await browser.OpenAsync(nameof(SearchByNamePrefix_WhenOfficialOpensAResult_ShowsTheSubjectsPage));
        await session.SignInAsync("rc.official");
        await session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "信用主体" }).ClickAsync();

        await session.Page.GetByLabel("名称开头").FillAsync("欧阳");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "欧阳浏览" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("欧阳浏览");
        await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync(identifier[..4] + "**********" + identifier[^4..]);
        await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync("自然人");
    }

    [Fact]
    public async Task SearchByIdentifier_WhenFound_OpensTheSubjectsPageWithoutTheIdentifierInTheAddress()
    {
        var identifier = await EnrolAsync("司马核对");
        await using var session = await browser.OpenAsync(nameof(SearchByIdentifier_WhenFound_OpensTheSubjectsPageWithoutTheIdentifierInTheAddress));
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/subjects");

        await session.Page.GetByLabel("身份证号码或统一社会信用代码").FillAsync(identifier);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("司马核对");
        session.Page.Url.ShouldNotContain(identifier, Case.Insensitive);
    }
}
