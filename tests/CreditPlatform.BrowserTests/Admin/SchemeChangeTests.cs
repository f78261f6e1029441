using System.Net.Http.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

/// <summary>A band change drafted by one official, simulated, refused to its drafter and approved by a second official.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SchemeChangeTests(BrowserFixture browser)
{
    private const string Scheme = "/api/v1/tenants/rongcheng/scheme";

    [Theory]
    [InlineData("zh-CN", 360)]
    [InlineData("en", 1280)]
    public async Task BandChange_IsSimulatedOnTheDraft_RefusedToTheDrafter_AndApprovedByASecondOfficial(string culture, int width)
    {
        using var api = browser.Host.ApiClient();
        using (var enrolled = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects",
                   new { kind = "person", identifier = TestIdentifiers.Person(), name = "浏览器测试" }))
        {
            enrolled.EnsureSuccessStatusCode(); // on the base of 1,000: band A, B once A starts at 1,001
        }

        var original = await BandsAsync();
        try
        {
            await using var drafter = await browser.OpenAsync($"{nameof(BandChange_IsSimulatedOnTheDraft_RefusedToTheDrafter_AndApprovedByASecondOfficial)}_{culture}_drafter", width, 900, culture);
            await drafter.SignInAsync("rc.official");
            await drafter.Page.GotoAsync("/admin/rules");
            await drafter.AssertAccessibleAsync();
            await drafter.Page.Locator("#draft-scheme").ClickAsync();
            await Assertions.Expect(drafter.Page.Locator("#band-code-2")).ToHaveValueAsync("A");
            await drafter.AssertAccessibleAsync();
            (await drafter.ScrollsSidewaysAsync()).ShouldBeFalse();

            await drafter.Page.Locator("#band-min-2").FillAsync("1001");
            await drafter.Page.Locator("#scheme-draft button[type=submit]").ClickAsync();

            await Assertions.Expect(drafter.Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            var move = drafter.Page.Locator("#band-moves li[data-kind='person'][data-from='A'][data-to='B']");
            await Assertions.Expect(move).ToBeVisibleAsync();
            (int.Parse((await move.GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeGreaterThanOrEqualTo(1);
            await Assertions.Expect(drafter.Page.Locator("#draft-facts dd[data-status='draft']")).ToBeVisibleAsync();
            await drafter.AssertAccessibleAsync();
            (await drafter.ScrollsSidewaysAsync()).ShouldBeFalse();
            var review = new Uri(drafter.Page.Url).PathAndQuery;

            await drafter.Page.Locator("#approve").ClickAsync();
            await Assertions.Expect(drafter.Page.Locator("#refusal")).ToContainTextAsync(culture == "en" ? "Four-eyes" : "四眼原则");
            await drafter.AssertAccessibleAsync();

            await using var reviewer = await browser.OpenAsync($"{nameof(BandChange_IsSimulatedOnTheDraft_RefusedToTheDrafter_AndApprovedByASecondOfficial)}_{culture}_reviewer", width, 900, culture);
            await reviewer.SignInAsync("rc.reviewer");
            await reviewer.Page.GotoAsync(review);
            await Assertions.Expect(reviewer.Page.Locator("#band-moves li[data-from='A'][data-to='B']").First).ToBeVisibleAsync();
            await reviewer.AssertAccessibleAsync();
            await reviewer.Page.Locator("#approve").ClickAsync();

            await Assertions.Expect(reviewer.Page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await Assertions.Expect(reviewer.Page.Locator("#bands")).ToContainTextAsync("1001");
            await Assertions.Expect(reviewer.Page.Locator("#scheme-drafts li[data-status='approved']").First).ToBeVisibleAsync();
            await reviewer.AssertAccessibleAsync();
            (await BandsAsync())[2].MinScore.ShouldBe(1001);
        }
        finally
        {
            await RestoreAsync(original);
        }
    }

    private sealed record BandBody(string Code, int? MinScore, string[] Measures);

    private async Task<List<BandBody>> BandsAsync()
    {
        using var api = browser.Host.ApiClient();
        using var response = await api.GetAsync(Scheme);
        var scheme = await response.ReadJsonAsync();
        return [.. scheme.GetProperty("bands").EnumerateArray().Select(b => new BandBody(
            b.GetProperty("code").GetString()!,
            b.GetProperty("minScore").ValueKind == System.Text.Json.JsonValueKind.Null ? null : b.GetProperty("minScore").GetInt32(),
            [.. b.GetProperty("measures").EnumerateArray().Select(m => m.GetString()!)]))];
    }

    /// <summary>Puts the demo bands back (drafted and approved by the two officials), so the other tests read the scheme they expect.</summary>
    private async Task RestoreAsync(List<BandBody> bands)
    {
        if ((await BandsAsync()).SequenceEqual(bands, new BandComparer()))
        {
            return;
        }

        using var drafter = await browser.Host.SignedInClientAsync("rc.official");
        using var approver = await browser.Host.SignedInClientAsync("rc.reviewer");
        using var drafted = await drafter.PostAsJsonAsync($"{Scheme}/drafts", new { baseScore = 1000, displayStars = false, bands });
        drafted.EnsureSuccessStatusCode();
        var id = (await drafted.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var approved = await approver.PostAsync($"{Scheme}/drafts/{id}/approval", null);
        approved.EnsureSuccessStatusCode();
    }

    private sealed class BandComparer : IEqualityComparer<BandBody>
    {
        public bool Equals(BandBody? x, BandBody? y) =>
            x is not null && y is not null && x.Code == y.Code && x.MinScore == y.MinScore && x.Measures.SequenceEqual(y.Measures);

        public int GetHashCode(BandBody obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
