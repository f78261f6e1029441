using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>The language switch sets the culture cookie and only ever sends the user back inside the site.</summary>
public sealed class LanguageTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string culture, string returnUrl)
    {
        var token = await AdminSubjectPagesTests.TokenAsync(client, "/account/sign-in");
        return await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [Fact]
    public async Task Switch_WhenReturnUrlIsLocal_SetsCookieAndGoesBack()
    {
        using var client = host.Factory.NewClient();

        using var response = await SwitchAsync(client, "en", "/account/sign-in?returnUrl=%2Fadmin");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/account/sign-in?returnUrl=%2Fadmin");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task Switch_WhenReturnUrlIsElsewhere_GoesHome(string returnUrl)
    {
        using var client = host.Factory.NewClient();

        using var response = await SwitchAsync(client, "en", returnUrl);

        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Switch_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = host.Factory.NewClient();

        using var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Page_WhenNoCookie_IsChineseWhateverTheBrowserAsks()
    {
        using var client = host.Factory.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetStringAsync("/account/sign-in");

        html.ShouldContain("<html lang=\"zh-CN\">");
    }

    [Fact]
    public async Task Api_WhenCultureCookieIsChinese_KeepsItsOwnMessages()
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = host.Factory.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", CreditPlatformFactory.PlatformKey);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN");

        using var response = await client.PostAsync("/api/v1/tenants/rongcheng/subjects/lookup",
            new StringContent("{\"identifier\":\"\"}", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("must not be empty");
    }
}
