using System.Net;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.Web.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>Every navigation entry opens for the role it is shown to, and each role lands in its own area.</summary>
public sealed class NavigationTests(HostFixture host) : IClassFixture<HostFixture>
{
    public static TheoryData<string, string?> RoleUsers => new()
    {
        { Roles.Official, "rc.official" },
        { Roles.PlatformAdmin, "admin" },
        { Roles.Gatherer, "rc.traffic" },
        { Roles.Citizen, "zhang.wei" },
        { NavCatalogue.Anonymous, null },
    };

    [Theory]
    [MemberData(nameof(RoleUsers))]
    public async Task NavCatalogue_EveryEntryOfARole_OpensForThatRole(string role, string? user)
    {
        using var client = user is null ? host.Factory.NewClient() : await host.Factory.SignedInClientAsync(user);
        var links = host.Factory.Services.GetRequiredService<LinkGenerator>();
        var entries = NavCatalogue.Of(role);

        entries.ShouldNotBeEmpty();
        foreach (var entry in entries)
        {
            var path = links.GetPathByPage(entry.Page);
            path.ShouldNotBeNull($"{entry.Page} is a page");
            using var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{role} opens {path}");
        }
    }

    [Theory]
    [InlineData("rc.official", "/admin")]
    [InlineData("admin", "/admin")]
    [InlineData("rc.traffic", "/gather")]
    [InlineData("zhang.wei", "/portal")]
    public async Task Home_WhenSignedIn_GoesToTheRolesArea(string user, string area)
    {
        using var client = await host.Factory.SignedInClientAsync(user);

        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(area);
    }

    [Fact]
    public async Task Home_WhenAnonymous_ShowsTheLandingPage()
    {
        using var client = host.Factory.NewClient();

        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("信用平台");
    }

    [Fact]
    public async Task MissingPage_ShowsTheStatusPageInTheUsersLanguage()
    {
        using var client = host.Factory.NewClient();

        using var response = await client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<h1>未找到</h1>");
    }
}
