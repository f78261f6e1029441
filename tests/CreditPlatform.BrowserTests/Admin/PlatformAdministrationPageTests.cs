using System.Text.RegularExpressions;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed partial class PlatformAdministrationPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task NewJurisdiction_ThePlatformAdministratorCreatesItAndInvitesAnOfficial_WhoSetsAPasswordFromTheEmailAndLandsOnTheAdmin()
    {
        var slug = "v" + Guid.NewGuid().ToString("N")[..8];
        var userName = slug + ".official";
        var email = userName + "@example.cn";

        await using (var admin = await browser.OpenAsync(nameof(NewJurisdiction_ThePlatformAdministratorCreatesItAndInvitesAnOfficial_WhoSetsAPasswordFromTheEmailAndLandsOnTheAdmin) + "_admin", culture: "en"))
        {
            await admin.SignInAsync("admin");
            await admin.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Jurisdictions" }).ClickAsync();
            await Assertions.Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = "Jurisdictions", Level = 1 })).ToBeVisibleAsync();
            await admin.AssertAccessibleAsync();
            await admin.Page.Locator("#new-slug").FillAsync(slug);
            await admin.Page.Locator("#new-zh").FillAsync("李家村");
            await admin.Page.Locator("#new-en").FillAsync("Lijia Village");
            await admin.Page.Locator("#new-kind").SelectOptionAsync("village");
            await admin.Page.Locator("#new-parent").SelectOptionAsync("rongcheng");
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
            await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lijia Village");
            var card = admin.Page.Locator($"#jurisdictions li[data-slug='{slug}']");
            await Assertions.Expect(card).ToContainTextAsync("Under: Rongcheng City");
            await admin.AssertAccessibleAsync();

            await admin.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
            await admin.AssertAccessibleAsync();
            await admin.Page.Locator("#invite-tenant").SelectOptionAsync(slug);
            await admin.Page.Locator("#invite-user").FillAsync(userName);
            await admin.Page.Locator("#invite-name").FillAsync("Li Ming 李明");
            await admin.Page.Locator("#invite-role").SelectOptionAsync("official");
            await admin.Page.Locator("#invite-department").FillAsync("Lijia Village Committee 李家村委会");
            await admin.Page.Locator("#invite-email").FillAsync(email);
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
            await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent to " + email);
            await admin.Page.Locator("#filter-tenant").SelectOptionAsync(slug);
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            var person = admin.Page.Locator($"#people li[data-user='{userName}']");
            await Assertions.Expect(person).ToContainTextAsync("Lijia Village Committee 李家村委会");
            await Assertions.Expect(person).ToContainTextAsync("Invited, no password yet");
            await admin.AssertAccessibleAsync();
        }

        await Eventually.HoldsAsync(() => Task.FromResult(browser.Inbox.To(email).Count > 0), "the invitation reaches the SMTP server");
        var link = new Uri(SetPasswordLink().Match(browser.Inbox.To(email)[0].TextBody!).Value);

        await using var official = await browser.OpenAsync(nameof(NewJurisdiction_ThePlatformAdministratorCreatesItAndInvitesAnOfficial_WhoSetsAPasswordFromTheEmailAndLandsOnTheAdmin), 360, 740, "zh-CN");
        await official.Page.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(official.Page.GetByRole(AriaRole.Heading, new() { Name = "设置密码", Level = 1 })).ToBeVisibleAsync();
        await official.AssertAccessibleAsync();
        (await official.ScrollsSidewaysAsync()).ShouldBeFalse();
        await official.Page.Locator("#password").FillAsync("Lijia-Pass-2026");
        await official.Page.Locator("#confirm").FillAsync("Lijia-Pass-2027");
        await official.Page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(official.Page.Locator("#problems")).ToContainTextAsync("两次输入的密码不一致");
        await official.AssertAccessibleAsync();
        await official.Page.Locator("#password").FillAsync("Lijia-Pass-2026");
        await official.Page.Locator("#confirm").FillAsync("Lijia-Pass-2026");
        await official.Page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(official.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已设置");
        await official.AssertAccessibleAsync();

        await official.SignInAsync(userName, "Lijia-Pass-2026");
        new Uri(official.Page.Url).AbsolutePath.ShouldBe("/admin");
        await Assertions.Expect(official.Page.Locator(".jurisdiction")).ToContainTextAsync("李家村");
        await official.AssertAccessibleAsync();
        (await official.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData("zh-CN", 360)]
    [InlineData("en", 1280)]
    [InlineData("zh-CN", 1280)]
    [InlineData("en", 360)]
    public async Task AdministrationPages_ReadInBothLanguagesAtBothWidths(string culture, int width)
    {
        await using var admin = await browser.OpenAsync($"{nameof(AdministrationPages_ReadInBothLanguagesAtBothWidths)}_{culture}_{width}", width, 800, culture);
        await admin.SignInAsync("admin");
        foreach (var path in new[] { "/admin/platform/jurisdictions", "/admin/users" })
        {
            await admin.Page.GotoAsync(path);
            await Assertions.Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            await admin.AssertAccessibleAsync();
            (await admin.ScrollsSidewaysAsync()).ShouldBeFalse(path);
        }

        await admin.Page.GotoAsync("/admin/platform/jurisdictions");
        await admin.Page.Locator("#jurisdictions li[data-slug='majia'] summary").ClickAsync();
        await admin.Page.Locator("#jurisdictions li[data-slug='majia'] form[action*='Close'] button").ClickAsync();
        await Assertions.Expect(admin.Page.Locator("#problems")).ToContainTextAsync(culture == "en" ? "Tick the confirmation box" : "请勾选确认");
        await admin.AssertAccessibleAsync();

        await using var official = await browser.OpenAsync($"{nameof(AdministrationPages_ReadInBothLanguagesAtBothWidths)}_{culture}_{width}_official", width, 800, culture);
        await official.SignInAsync("rc.official");
        await official.Page.GotoAsync("/admin/users");
        await Assertions.Expect(official.Page.Locator("#invite-role option")).ToHaveCountAsync(1);
        await Assertions.Expect(official.Page.Locator("#people li[data-user='rc.traffic'] details")).ToHaveCountAsync(1);
        await Assertions.Expect(official.Page.Locator("#people li[data-user='rc.reviewer'] details")).ToHaveCountAsync(0);
        await official.AssertAccessibleAsync();
        (await official.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    [GeneratedRegex(@"https?://\S+/account/set-password\?\S+")]
    private static partial Regex SetPasswordLink();
}
