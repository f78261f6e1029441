using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class RuleEditorTests(BrowserFixture browser)
{
    private const string Rules = "/api/v1/tenants/rongcheng/rules";

    private static string NewCode(string stem) => $"{stem}_{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    /// <summary>Fills the form by field ids, so it works whatever the page's language.</summary>
    private static async Task FillDraftAsync(IPage page, string code, string category, int points = -5)
    {
        await page.GotoAsync("/admin/rules/draft");
        await page.Locator("#code").FillAsync(code);
        await page.Locator("#title-zh").FillAsync("浏览器测试规则");
        await page.Locator("#title-en").FillAsync("Browser test rule");
        await page.Locator("#category").SelectOptionAsync(category);
        await page.Locator("#legal-basis").FillAsync("《测试条例》第一条 / Test Regulation, Art. 1");
        await page.Locator("#points").FillAsync(points.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#save-draft").ClickAsync();
    }

    private static async Task DraftAsOfficialAsync(BrowserSession session, string code)
    {
        await session.SignInAsync("rc.official");
        await FillDraftAsync(session.Page, code, "traffic");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Draft 1 of rule {code} saved");
    }

    private static ILocator Row(IPage page, string code, int version = 1) =>
        page.Locator($"#rules tr[data-rule='{code}'][data-version='{version}']");

    /// <summary>A rule with every field the API accepts filled, approved by two officials through the API.</summary>
    private async Task<JsonElement> ApprovedRuleWithEveryFieldAsync(string code)
    {
        using var drafter = await browser.Host.SignedInClientAsync("rc.official");
        using var approver = await browser.Host.SignedInClientAsync("rc.reviewer");
        using var drafted = await drafter.PostAsJsonAsync(Rules, new
        {
            code,
            titleZh = "多项上限规则",
            titleEn = "Rule with several caps",
            category = "commerce",
            legalBasis = "Test Regulations, art. 3",
            subjectKinds = new[] { "organization" },
            delta = new { kind = "PerUnit", points = -2, unitSize = 10m, quantityUnit = "days", rounding = "Up", minQuantity = 1m, maxQuantity = 60m },
            caps = new object[]
            {
                new { periodDays = 30, maxPoints = -15 },
                new { periodDays = 365, maxOccurrences = 4 },
                new { periodDays = 730, maxPoints = -40, maxOccurrences = 6 },
            },
            bandOverride = new { band = "C", durationDays = 90 },
            expiryMonths = 18,
            rectificationDays = 45,
            requiresDocument = true,
        });
        var draft = await drafted.ReadJsonAsync();
        drafted.EnsureSuccessStatusCode();
        using var approved = await approver.PostAsync($"{Rules}/{code}/versions/1/approval", null);
        approved.EnsureSuccessStatusCode();
        return draft;
    }

    private async Task<JsonElement> VersionAsync(string code, int version)
    {
        using var api = browser.Host.ApiClient();
        using var response = await api.GetAsync(Rules);
        return (await response.ReadJsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code && r.GetProperty("version").GetInt32() == version);
    }

    [Fact]
    public async Task DraftRule_WhenOpened_OffersProtectedCategoriesOnlyAsDisabledChoices()
    {
        await using var session = await browser.OpenAsync(nameof(DraftRule_WhenOpened_OffersProtectedCategoriesOnlyAsDisabledChoices), culture: "en");
        await session.SignInAsync("rc.official");

        await session.Page.GotoAsync("/admin/rules/draft");

        await Assertions.Expect(session.Page.Locator("#category option[value='religion']")).ToBeDisabledAsync();
        await Assertions.Expect(session.Page.Locator("#category option[value='petition']")).ToBeDisabledAsync();
        await Assertions.Expect(session.Page.Locator("#category option[value='traffic']")).ToBeEnabledAsync();
    }

    [Theory]
    [InlineData("en", "most points per entry")]
    [InlineData("zh-CN", "单次分值上限")]
    public async Task DraftRule_WhenAGuardrailRefusesIt_ShowsTheRefusalInThePagesLanguage(string culture, string expected)
    {
        await using var session = await browser.OpenAsync(nameof(DraftRule_WhenAGuardrailRefusesIt_ShowsTheRefusalInThePagesLanguage) + "_" + culture, culture: culture);
        await session.SignInAsync("rc.official");

        await FillDraftAsync(session.Page, NewCode("BROWSER_HUGE"), "traffic", points: -500);

        await Assertions.Expect(session.Page.Locator("#refusal")).ToContainTextAsync(expected);
        await Assertions.Expect(session.Page.Locator("#category")).ToHaveValueAsync("traffic");
        await Assertions.Expect(session.Page.Locator("#points")).ToHaveValueAsync("-500");
    }

    [Fact]
    public async Task DraftRule_WhenValid_ListsItAsADraft()
    {
        var code = NewCode("BROWSER_DRAFT");
        await using var session = await browser.OpenAsync(nameof(DraftRule_WhenValid_ListsItAsADraft), culture: "en");

        await DraftAsOfficialAsync(session, code);

        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("Draft");
        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("-5 points each time");
    }

    [Fact]
    public async Task DraftNewVersion_WhenDraftedOnTheWeb_KeepsEveryCapAndEveryFieldOfTheVersionInForce()
    {
        var code = NewCode("BROWSER_CAPS");
        var original = await ApprovedRuleWithEveryFieldAsync(code);
        await using var session = await browser.OpenAsync(nameof(DraftNewVersion_WhenDraftedOnTheWeb_KeepsEveryCapAndEveryFieldOfTheVersionInForce), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/rules");

        await Row(session.Page, code).GetByRole(AriaRole.Link, new() { Name = "Draft a new version" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("#cap-2-days")).ToHaveValueAsync("730");
        await Assertions.Expect(session.Page.Locator("#cap-1-count")).ToHaveValueAsync("4");
        await Assertions.Expect(session.Page.Locator("#rectification")).ToHaveValueAsync("45");
        await session.Page.GetByLabel("English title").FillAsync("Rule with several caps, revised");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Draft 2 of rule {code} saved");

        var second = await VersionAsync(code, 2);
        second.GetProperty("titleEn").GetString().ShouldBe("Rule with several caps, revised");
        foreach (var field in new[] { "caps", "delta", "bandOverride", "subjectKinds", "category", "legalBasis", "titleZh" })
        {
            second.GetProperty(field).GetRawText().ShouldBe(original.GetProperty(field).GetRawText(), field);
        }

        foreach (var field in new[] { "expiryMonths", "rectificationDays", "requiresDocument", "purchasable" })
        {
            second.GetProperty(field).ToString().ShouldBe(original.GetProperty(field).ToString(), field);
        }
    }

    [Fact]
    public async Task ReviewRule_WhenTheReviewerRejectsWithAReason_ShowsTheDiffAndTheDrafterReadsTheReason()
    {
        var code = NewCode("BROWSER_REVIEW");
        await ApprovedRuleWithEveryFieldAsync(code);
        await using (var drafter = await browser.OpenAsync(nameof(ReviewRule_WhenTheReviewerRejectsWithAReason_ShowsTheDiffAndTheDrafterReadsTheReason) + "_draft", culture: "en"))
        {
            await drafter.SignInAsync("rc.official");
            await drafter.Page.GotoAsync($"/admin/rules/draft?from={code}");
            await drafter.Page.GetByLabel("Points", new() { Exact = true }).FillAsync("-3");
            await drafter.Page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await Assertions.Expect(drafter.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Draft 2 of rule {code} saved");
        }

        await using (var reviewer = await browser.OpenAsync(nameof(ReviewRule_WhenTheReviewerRejectsWithAReason_ShowsTheDiffAndTheDrafterReadsTheReason) + "_review", culture: "en"))
        {
            await reviewer.SignInAsync("rc.reviewer");
            await reviewer.Page.GotoAsync("/admin/rules");
            await Row(reviewer.Page, code, 2).GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();

            var points = reviewer.Page.Locator("#review tr[data-field='points']");
            await Assertions.Expect(points).ToHaveClassAsync("changed");
            await Assertions.Expect(points.Locator("td.before")).ToContainTextAsync("-2 points per 10 days");
            await Assertions.Expect(points.Locator("td.after")).ToContainTextAsync("-3 points per 10 days");
            await Assertions.Expect(reviewer.Page.Locator("#review tr[data-field='caps']")).Not.ToHaveClassAsync("changed");
            await Assertions.Expect(reviewer.Page.Locator("#review tr[data-field='caps'] td.after")).ToContainTextAsync("within 730 days");
            await reviewer.Page.GetByLabel("Reason for rejecting").FillAsync("Keep the old rate until the council votes.");
            await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Reject the draft" }).ClickAsync();
            await Assertions.Expect(reviewer.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Draft 2 of rule {code} rejected");
        }

        await using var session = await browser.OpenAsync(nameof(ReviewRule_WhenTheReviewerRejectsWithAReason_ShowsTheDiffAndTheDrafterReadsTheReason), culture: "en");
        await session.SignInAsync("rc.official");
        await session.Page.GotoAsync("/admin/rules");
        await Assertions.Expect(Row(session.Page, code, 2)).ToContainTextAsync("Rejected");
        await Assertions.Expect(Row(session.Page, code, 2).Locator(".rejection")).ToContainTextAsync("Keep the old rate until the council votes.");
    }

    [Fact]
    public async Task ApproveRule_WhenTheDrafterApproves_ShowsTheFourEyesRefusal()
    {
        var code = NewCode("BROWSER_SELF");
        await using var session = await browser.OpenAsync(nameof(ApproveRule_WhenTheDrafterApproves_ShowsTheFourEyesRefusal), culture: "en");
        await DraftAsOfficialAsync(session, code);

        await Row(session.Page, code).GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("#refusal")).ToContainTextAsync("Four-eyes principle");
        await Assertions.Expect(session.Page.Locator("dl.facts")).ToContainTextAsync("Draft");
    }

    [Fact]
    public async Task ApproveRule_WhenAnotherOfficialApproves_PutsTheRuleInForce()
    {
        var code = NewCode("BROWSER_PAIR");
        await using (var drafter = await browser.OpenAsync(nameof(ApproveRule_WhenAnotherOfficialApproves_PutsTheRuleInForce) + "_draft", culture: "en"))
        {
            await DraftAsOfficialAsync(drafter, code);
        }

        await using var session = await browser.OpenAsync(nameof(ApproveRule_WhenAnotherOfficialApproves_PutsTheRuleInForce), culture: "en");
        await session.SignInAsync("rc.reviewer");
        await session.Page.GotoAsync("/admin/rules");
        await Row(session.Page, code).GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Rule {code} version 1 approved.");
        await Assertions.Expect(Row(session.Page, code)).ToContainTextAsync("In force");
    }
}
