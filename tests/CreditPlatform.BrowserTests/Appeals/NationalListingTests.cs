using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Appeals;

/// <summary>spc lists a rongcheng resident: he sees it at home on his phone with its way out and appeals from there; spc's reviewer decides with the file in front of her.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NationalListingTests(BrowserFixture browser)
{
    private const string Name = nameof(NationalListing_WhenSpcListsACitizenOfRongcheng_HeAppealsFromHomeAndSpcsReviewerDecidesWithTheFile);
    private const string Document = "(2026)最高法执77号";

    // The smallest PDF the evidence check accepts: it looks at the file's first bytes.
    private static readonly byte[] Receipt = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task NationalListing_WhenSpcListsACitizenOfRongcheng_HeAppealsFromHomeAndSpcsReviewerDecidesWithTheFile()
    {
        var entryId = await ListZhangWeiAtSpcAsync();
        await RelayAsync();

        await using var citizen = await browser.OpenAsync(Name + "_citizen", 360, 740, "en");
        await citizen.SignInAsync("zhang.wei");
        await citizen.Page.GotoAsync("/portal/notifications");
        await Assertions.Expect(citizen.Page.GetByText(Document).First).ToBeVisibleAsync();

        await citizen.Page.GotoAsync("/portal/score");
        await Assertions.Expect(citizen.Page.Locator($"[data-testid='national-listing'][data-entry='{entryId}']")).ToContainTextAsync(Document);

        await citizen.Page.GotoAsync("/portal/repair");
        var step = citizen.Page.Locator($"li[data-step='{entryId}']");
        await Assertions.Expect(step.GetByTestId("earliest-repair")).Not.ToBeEmptyAsync();
        (await citizen.ScrollsSidewaysAsync()).ShouldBeFalse();
        await step.GetByTestId("appeal-listing").ClickAsync();
        await citizen.Page.GetByLabel("Your reasons").FillAsync("I paid the judgment in full last month; the receipt is attached.");
        await citizen.Page.Locator("#evidence").SetInputFilesAsync(new FilePayload { Name = "receipt.pdf", MimeType = "application/pdf", Buffer = Receipt });
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Send the appeal" }).ClickAsync();
        var filed = citizen.Page.Locator("ul.appeals > li", new() { HasText = "I paid the judgment in full" }).First;
        await Assertions.Expect(filed.GetByTestId("appeal-status")).ToHaveTextAsync("Being reviewed");
        await Assertions.Expect(filed.GetByTestId("appeal-kept-by")).ToHaveTextAsync("spc");
        var appealId = await filed.GetAttributeAsync("data-appeal");

        await DecideAtSpcAsync(appealId!);

        await RelayAsync();
        await citizen.Page.GotoAsync("/portal/appeals");
        await Assertions.Expect(citizen.Page.Locator($"li[data-appeal='{appealId}']").GetByTestId("appeal-status"))
            .ToHaveTextAsync("Upheld: the entry was withdrawn");
    }

    private async Task DecideAtSpcAsync(string appealId)
    {
        await using var reviewer = await browser.OpenAsync(Name, culture: "en");
        await reviewer.SignInAsync("spc.reviewer");
        await reviewer.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Appeals" }).ClickAsync();
        await reviewer.Page.Locator($"tr[data-appeal='{appealId}']").GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();

        await Assertions.Expect(reviewer.Page.GetByTestId("appellant")).ToContainTextAsync("张伟");
        await Assertions.Expect(reviewer.Page.GetByTestId("appellant-home")).ToHaveTextAsync("rongcheng");
        await Assertions.Expect(reviewer.Page.GetByTestId("appealed-listing")).ToContainTextAsync(Document);
        await Assertions.Expect(reviewer.Page.GetByTestId("appeal-reason")).ToContainTextAsync("I paid the judgment in full");
        var evidence = reviewer.Page.GetByTestId("evidence-file");
        await Assertions.Expect(evidence).ToHaveTextAsync("receipt.pdf");
        var download = await reviewer.Page.APIRequest.GetAsync((await evidence.GetAttributeAsync("href"))!);
        (await download.BodyAsync()).ShouldBe(Receipt);
        foreach (var outcome in await reviewer.Page.Locator("input[name='Outcome']").AllAsync())
        {
            (await outcome.IsCheckedAsync()).ShouldBeFalse();
        }

        await reviewer.Page.GetByLabel("Upheld (withdraw the entry)").CheckAsync();
        await reviewer.Page.GetByLabel("Written reasons").FillAsync("The enforcement office confirms the judgment was paid.");
        await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Decide" }).ClickAsync();
        await Assertions.Expect(reviewer.Page.Locator($"tr[data-appeal='{appealId}']")).ToHaveCountAsync(0);
    }

    private async Task<string> ListZhangWeiAtSpcAsync()
    {
        using var api = browser.Host.ApiClient();
        using var response = await api.PostAsJsonAsync("/api/v1/tenants/spc/lists/COURT_DEFAULTERS/entries", new
        {
            identifier = "11010519491231002X",
            kind = "person",
            name = "张伟",
            reason = "有履行能力而拒不履行 Able to pay but refuses",
            documentNumber = Document,
        });
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(201, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private Task<int> RelayAsync() =>
        browser.Host.Services.GetRequiredService<JobRunner>().RunOnceAsync(NationalNoticeRelayJob.JobName);
}
