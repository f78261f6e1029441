using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.Application.Catalogue.GetPublicJurisdictions;
using CreditPlatform.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Public;

/// <summary>
/// The public front door's read of jurisdictions: open ones only, in their hierarchy, found by name, and nothing but
/// public columns. Own host: it creates and closes jurisdictions.
/// </summary>
public sealed class PublicDirectoryTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static string NewSlug() => "p" + Guid.NewGuid().ToString("N")[..10];

    private async Task CreateAsync(string slug, string nameZh, string nameEn, string kind, string? parent)
    {
        using var platform = host.Factory.ApiClient();
        using var created = await platform.PostAsJsonAsync("/api/v1/tenants", new { slug, nameZh, nameEn, kind, parent });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private async Task CloseAsync(string slug)
    {
        using var platform = host.Factory.ApiClient();
        using var closed = await platform.PostAsync($"/api/v1/tenants/{slug}/closure", null);
        closed.IsSuccessStatusCode.ShouldBeTrue(await closed.Content.ReadAsStringAsync());
    }

    private async Task<PublicJurisdictions> ReadAsync(string? search, string language)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetPublicJurisdictions(search, language));
    }

    private static IEnumerable<PublicJurisdiction> Flatten(IEnumerable<PublicJurisdiction> level) =>
        level.SelectMany(j => Flatten(j.Children).Prepend(j));

    [Fact]
    public async Task Read_ListsEveryOpenJurisdictionUnderItsParent_AndLeavesClosedOnesOut()
    {
        var city = NewSlug();
        var open = NewSlug();
        var closed = NewSlug();
        await CreateAsync(city, "公示市" + city, "Showcase City " + city, "city", null);
        await CreateAsync(open, "公示村" + open, "Showcase Village " + open, "village", city);
        await CreateAsync(closed, "撤销村" + closed, "Closed Village " + closed, "village", city);
        await CloseAsync(closed);

        var all = await ReadAsync(null, "en");

        var rongcheng = all.Roots.Single(r => r.Slug == "rongcheng");
        rongcheng.NameEn.ShouldNotBeNullOrWhiteSpace();
        rongcheng.Children.Select(c => c.Slug).ShouldContain("majia");
        var showcase = all.Roots.Single(r => r.Slug == city);
        showcase.Kind.ShouldBe("city");
        showcase.Children.Select(c => c.Slug).ShouldBe([open]);
        Flatten(all.Roots).Select(j => j.Slug).ShouldNotContain(closed);
        Flatten(all.Roots).ShouldAllBe(j => j.Matches);
        all.Matches.ShouldBe(Flatten(all.Roots).Count());
    }

    [Fact]
    public async Task Read_WithASearch_KeepsTheMatchesUnderTheirParentsShownForOrientation()
    {
        var found = await ReadAsync("马家", "zh-CN");

        found.Matches.ShouldBe(1);
        var rongcheng = found.Roots.ShouldHaveSingleItem();
        rongcheng.Slug.ShouldBe("rongcheng");
        rongcheng.Matches.ShouldBeFalse();
        var majia = rongcheng.Children.ShouldHaveSingleItem();
        majia.Slug.ShouldBe("majia");
        majia.Matches.ShouldBeTrue();
        (await ReadAsync("MAJIA", "en")).Matches.ShouldBe(1);
        (await ReadAsync("no such place " + NewSlug(), "en")).Roots.ShouldBeEmpty();
    }

    [Fact]
    public async Task Read_CarriesOnlyPublicColumns_NoIdsNoCountsNoDates()
    {
        var all = await ReadAsync(null, "zh-CN");

        var json = JsonSerializer.SerializeToElement(all, Json.Web);
        json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ShouldBe(["matches", "roots"]);
        var rongcheng = json.GetProperty("roots").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "rongcheng");
        rongcheng.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["children", "kind", "matches", "nameEn", "nameZh", "slug"]);
    }

    [Fact]
    public async Task PublicPage_WhenAnonymous_ShowsBothJurisdictionsWithCatalogueLinks_NoClosedOne_NoSubjectFigures()
    {
        var closed = NewSlug();
        await CreateAsync(closed, "停办村" + closed, "Shut Village " + closed, "village", "rongcheng");
        await CloseAsync(closed);
        using var client = host.Factory.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        using var response = await client.GetAsync("/public");

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("href=\"/public/catalogue/rongcheng\"");
        html.ShouldContain("href=\"/public/catalogue/majia\"");
        html.ShouldContain("href=\"/public/lists\"");
        html.ShouldNotContain(closed);
        html.ShouldNotContain("Shut Village");
        html.ShouldNotContain("张伟");
        html.ShouldNotContain("subject", Case.Insensitive);
        using var search = await client.GetAsync("/public?q=majia");
        var found = await search.Content.ReadAsStringAsync();
        found.ShouldContain("href=\"/public/catalogue/majia\"");
        found.ShouldNotContain("href=\"/public/catalogue/rongcheng\"");
    }

    [Fact]
    public async Task CatalogueApi_CarriesTheBandsWithTheirScoreRanges()
    {
        using var client = host.Factory.NewClient();

        using var response = await client.GetAsync("/api/v1/public/catalogue/rongcheng");

        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        var bands = body.GetProperty("bands").EnumerateArray().ToList();
        bands.Select(b => b.GetProperty("code").GetString()).ShouldBe(["AAA", "AA", "A", "B", "C", "D"]);
        bands[0].GetProperty("minScore").GetInt32().ShouldBe(1050);
        bands[0].GetProperty("maxScore").ValueKind.ShouldBe(JsonValueKind.Null);
        bands[1].GetProperty("maxScore").GetInt32().ShouldBe(1049);
        bands[5].GetProperty("minScore").ValueKind.ShouldBe(JsonValueKind.Null);
        bands[5].GetProperty("maxScore").GetInt32().ShouldBe(599);
        body.GetProperty("nameEn").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
