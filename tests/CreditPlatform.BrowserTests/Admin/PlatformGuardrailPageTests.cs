using System.Net.Http.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class PlatformGuardrailPageTests(BrowserFixture browser)
{
    /// <summary>Other browser tests share the host: the shipped limit goes back whatever happened.</summary>
    private async Task RestoreShippedLimitAsync()
    {
        using var admin = await browser.Host.SignedInClientAsync("admin");
        using var second = await browser.Host.SignedInClientAsync("admin.reviewer");
        var state = await (await admin.GetAsync("/api/v1/platform/guardrails")).ReadJsonAsync();
        if (state.GetProperty("proposed").ValueKind != System.Text.Json.JsonValueKind.Null)
        {
            using var _ = await second.PostAsJsonAsync($"/api/v1/platform/guardrails/versions/{state.GetProperty("proposed").GetProperty("version").GetInt32()}/rejection", new { reason = "cleanup" });
        }

        if (state.GetProperty("active").GetProperty("limits").GetProperty("maxPointsPerEntry").GetInt32() == 200)
        {
            return;
        }

        using var proposed = await admin.PostAsJsonAsync("/api/v1/platform/guardrails/versions", new
        {
            limits = new { legalBasisRequired = true, maxPointsPerEntry = 200, forbiddenCategories = new[] { "ethnicity", "religion", "political_opinion", "petition", "lawful_speech" }, maxPurchasablePointsPerYear = 30 },
            note = "Back to the shipped limit.",
        });
        var version = (await proposed.ReadJsonAsync()).GetProperty("version").GetInt32();
        using var approved = await second.PostAsync($"/api/v1/platform/guardrails/versions/{version}/approval", null);
        approved.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task PlatformGuardrails_WhenOneAdministratorProposesAndAnotherApproves_RulesPagesListTheRulesItBreaks()
    {
        try
        {
            await using (var proposer = await browser.OpenAsync(nameof(PlatformGuardrails_WhenOneAdministratorProposesAndAnotherApproves_RulesPagesListTheRulesItBreaks) + "_propose", culture: "en"))
            {
                await proposer.SignInAsync("admin");
                await proposer.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Platform guardrails" }).ClickAsync();
                await proposer.Page.Locator("#max-entry").FillAsync("45");
                await proposer.Page.Locator("#note").FillAsync("No single entry above 45 points.");
                await proposer.Page.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
                await Assertions.Expect(proposer.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("another platform administrator must approve it");
                await proposer.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
                await Assertions.Expect(proposer.Page.Locator("#refusal")).ToContainTextAsync("Four-eyes principle");
            }

            await using (var approver = await browser.OpenAsync(nameof(PlatformGuardrails_WhenOneAdministratorProposesAndAnotherApproves_RulesPagesListTheRulesItBreaks) + "_approve", culture: "en"))
            {
                await approver.SignInAsync("admin.reviewer");
                await approver.Page.GotoAsync("/admin/platform/guardrails");
                var changed = approver.Page.Locator("#limits tr[data-field='maxPointsPerEntry']");
                await Assertions.Expect(changed).ToHaveClassAsync("changed");
                await Assertions.Expect(changed.Locator("td.after")).ToHaveTextAsync("45");
                await approver.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
                await Assertions.Expect(approver.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("is in force");
            }

            await using var session = await browser.OpenAsync(nameof(PlatformGuardrails_WhenOneAdministratorProposesAndAnotherApproves_RulesPagesListTheRulesItBreaks), culture: "en");
            await session.SignInAsync("rc.official");
            await session.Page.GotoAsync("/admin/rules");
            await Assertions.Expect(session.Page.Locator("#breaches")).ToBeVisibleAsync();
            await Assertions.Expect(session.Page.Locator("#rules tr[data-rule='DRUNK_DRIVING'] .violations")).ToContainTextAsync("most points per entry");
            await Assertions.Expect(session.Page.Locator("#rules tr[data-rule='TRAFFIC_RED_LIGHT'] .violations")).ToHaveCountAsync(0);
        }
        finally
        {
            await RestoreShippedLimitAsync();
        }
    }
}
