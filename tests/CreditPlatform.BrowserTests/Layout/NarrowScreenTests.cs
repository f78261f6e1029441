using CreditPlatform.BrowserTests.Infrastructure;

namespace CreditPlatform.BrowserTests.Layout;

/// <summary>Pages must fit a 360-px-wide phone without scrolling sideways, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;
    private const int PhoneHeight = 740;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task SignInPage_At360PxWide_HasNoHorizontalScroll(string culture)
    {
        await using var session = await browser.OpenAsync($"{nameof(SignInPage_At360PxWide_HasNoHorizontalScroll)}-{culture}", PhoneWidth, PhoneHeight, culture);

        await session.Page.GotoAsync("/account/sign-in");

        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task SubjectsPage_At360PxWideForOfficial_HasNoHorizontalScroll(string culture)
    {
        await using var session = await browser.OpenAsync($"{nameof(SubjectsPage_At360PxWideForOfficial_HasNoHorizontalScroll)}-{culture}", PhoneWidth, PhoneHeight, culture);
        await session.SignInAsync("rc.official");

        await session.Page.GotoAsync("/admin/subjects?name=" + Uri.EscapeDataString("张"));

        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
    }
}
