using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Subjects;

[Collection(BrowserCollection.Name)]
public sealed class EnrolSubjectTests(BrowserFixture browser)
{
    [Fact]
    public async Task Enrol_WhenOfficialEnrolsAnOrganisation_ShowsItWithItsLegalRepresentative()
    {
        await using var session = await browser.OpenAsync(nameof(Enrol_WhenOfficialEnrolsAnOrganisation_ShowsItWithItsLegalRepresentative), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/subjects");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Enrol a new subject" }).ClickAsync();

        await session.Page.GetByLabel("Kind").SelectOptionAsync("organization");
        await session.Page.GetByLabel("Resident identity number or unified social credit code").FillAsync(TestIdentifiers.Organization());
        await session.Page.GetByLabel("Name", new() { Exact = true }).FillAsync("荣成浏览器海产有限公司");
        await session.Page.GetByLabel("Legal representative's resident identity number").FillAsync(TestIdentifiers.Person());
        await session.Page.GetByLabel("Legal representative's name").FillAsync("诸葛代表");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Enrol", Exact = true }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Enrolled.");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("荣成浏览器海产有限公司");
        await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync("Organisation");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "诸葛代表" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Enrol_WhenIdentifierIsWrong_ShowsTheErrorBesideTheField()
    {
        await using var session = await browser.OpenAsync(nameof(Enrol_WhenIdentifierIsWrong_ShowsTheErrorBesideTheField));
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/subjects/enrol");

        await session.Page.GetByLabel("身份证号码或统一社会信用代码").FillAsync("110105194912310021");
        await session.Page.GetByLabel("名称", new() { Exact = true }).FillAsync("错号测试");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("[data-valmsg-for='Data.Identifier']")).ToHaveTextAsync("身份证号码的校验码不正确（GB 11643）。");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登记信用主体");
    }
}
