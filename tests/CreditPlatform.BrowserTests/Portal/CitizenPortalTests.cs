using System.Net.Http.Json;
using CreditPlatform.BrowserTests.Infrastructure;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Portal;

/// <summary>On a 360-px phone the citizen reads why every point is there, finds the way to repair, applies, and appeals with a photo.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenPortalTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;
    private const int PhoneHeight = 740;
    private const string Citizen = "zhang.wei";
    private const string CitizenIdentifier = "11010519491231002X";

    /// <summary>A 1×1 PNG: the smallest photo the evidence rules accept.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Explanation_WhenCitizenOpensMyScore_HasALineForEveryCountedPointThatAddsUpToTheScore()
    {
        await using var session = await browser.OpenAsync(nameof(Explanation_WhenCitizenOpensMyScore_HasALineForEveryCountedPointThatAddsUpToTheScore), PhoneWidth, PhoneHeight, "en");
        await session.SignInAsync(Citizen);
        await session.Page.GotoAsync("/portal/score");

        var score = int.Parse(await session.Page.GetByTestId("score").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var points = await session.Page.Locator(".explanation-lines li").EvaluateAllAsync<int[]>("items => items.map(i => Number(i.dataset.points))");
        points.Sum().ShouldBe(score);
        var explained = await session.Page.Locator(".explanation-lines li.explanation-entry").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.entry)");
        explained.ShouldNotBeEmpty();
        var listed = await session.Page.Locator("ul.entries > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.entry)");
        explained.ShouldBeSubsetOf(listed);
        await Assertions.Expect(session.Page.Locator(".explanation-total")).ToContainTextAsync(score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task RepairPath_WhenCitizenOpensItAndApplies_ShowsTheDatesAndSendsTheApplication()
    {
        var entry = await ListCitizenAsync();
        await using var session = await browser.OpenAsync(nameof(RepairPath_WhenCitizenOpensItAndApplies_ShowsTheDatesAndSendsTheApplication), PhoneWidth, PhoneHeight, "en");
        await session.SignInAsync(Citizen);
        await session.Page.GotoAsync("/portal/score");

        await session.Page.GetByTestId("repair-link").ClickAsync();
        var step = session.Page.Locator($"li[data-step='{entry}']");
        await Assertions.Expect(step.GetByTestId("earliest-repair")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d"));
        await Assertions.Expect(step.GetByTestId("lapses")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d"));
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await step.GetByTestId("apply-repair").ClickAsync();
        await session.Page.GetByLabel("I have put the conduct right or performed the obligation").CheckAsync();
        await session.Page.GetByLabel("Commitment to keep faith").FillAsync("I have paid the debt in full and will keep faith.");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByText("Your application for credit repair has been sent.")).ToBeVisibleAsync();
        (await RepairRequestsAsync(entry)).ShouldBe(1);
    }

    [Fact]
    public async Task Appeal_WhenCitizenObjectsToADeductionWithAPhoto_FilesItWithTheEvidenceAndMarksTheEntry()
    {
        var entry = await RecordDeductionAsync();
        await using var session = await browser.OpenAsync(nameof(Appeal_WhenCitizenObjectsToADeductionWithAPhoto_FilesItWithTheEvidenceAndMarksTheEntry), PhoneWidth, PhoneHeight, "en");
        await session.SignInAsync(Citizen);
        await session.Page.GotoAsync("/portal/score");
        var deduction = session.Page.Locator($"ul.entries > li[data-entry='{entry}']");

        await deduction.GetByRole(AriaRole.Link, new() { Name = "Object to this entry" }).ClickAsync();
        await session.Page.GetByLabel("Your reasons").FillAsync("The contract was performed; the receipt is in the photo.");
        await session.Page.Locator("#evidence").SetInputFilesAsync(new FilePayload { Name = "receipt.png", MimeType = "image/png", Buffer = Photo });
        (await session.ScrollsSidewaysAsync()).ShouldBeFalse();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Send the appeal" }).ClickAsync();

        await Assertions.Expect(session.Page.GetByText("Evidence attached: receipt.png.")).ToBeVisibleAsync();
        (await EvidenceOfAsync(Guid.Parse(entry))).ShouldBe(["image/png"]);
        await session.Page.GotoAsync("/portal/score");
        await Assertions.Expect(session.Page.Locator($"ul.entries > li[data-entry='{entry}']").GetByTestId("under-appeal")).ToBeVisibleAsync();
    }

    private static async Task<Guid> CitizenSubjectAsync(HttpClient api)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects/lookup", new { identifier = CitizenIdentifier });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<string> RecordDeductionAsync()
    {
        using var api = browser.Host.ApiClient();
        var subject = await CitizenSubjectAsync(api);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tenants/rongcheng/events")
        {
            Content = JsonContent.Create(new { subjectId = subject, ruleCode = "CONTRACT_BREACH", occurredAt = DateTimeOffset.UtcNow.AddHours(-2) }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await api.SendAsync(request);
        var body = await response.ReadJsonAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body.ToString());
        return body.GetProperty("entries")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Puts the citizen on a new black list that allows repair at once, and returns the entry's id.</summary>
    private async Task<string> ListCitizenAsync()
    {
        using var api = browser.Host.ApiClient();
        var code = "PORTAL_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        // A list is drafted by one credential and approved by another (a key of its own person), never created in one step.
        using var drafted = await api.PostAsJsonAsync("/api/v1/tenants/rongcheng/list-drafts", new
        {
            code, name = "欠款名单 Unpaid debts", kind = "black", sector = "finance", scope = "local", legalBasis = "Test regulation, Art. 1",
            defaultDurationDays = 365, maximumDurationDays = 730, legalRepresentative = "none", measures = new[] { "LOAN" },
        });
        var draft = await drafted.ReadJsonAsync();
        drafted.IsSuccessStatusCode.ShouldBeTrue(draft.ToString());
        using var approver = browser.Host.ApiClient(await browser.Host.CreateKeyAsync("rongcheng", "lists:write", "lists:read"));
        using var list = await approver.PostAsync($"/api/v1/tenants/rongcheng/list-drafts/{draft.GetProperty("id").GetGuid()}/approval", null);
        list.IsSuccessStatusCode.ShouldBeTrue(await list.Content.ReadAsStringAsync());
        using var listed = await api.PostAsJsonAsync($"/api/v1/tenants/rongcheng/lists/{code}/entries", new
        {
            identifier = CitizenIdentifier, kind = "person", name = "张伟", reason = "Unpaid court debt 未履行债务", documentNumber = "(2026)荣01执5号",
        });
        var body = await listed.ReadJsonAsync();
        listed.IsSuccessStatusCode.ShouldBeTrue(body.ToString());
        return body.GetProperty("id").GetString()!;
    }

    private async Task<long> RepairRequestsAsync(string listEntry)
    {
        await using var owner = browser.Host.OpenOwnerConnection();
        await using var command = owner.CreateCommand();
        command.CommandText = "SELECT count(*) FROM repair_requests WHERE list_entry_id = $1";
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = Guid.Parse(listEntry) });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> EvidenceOfAsync(Guid ledgerEntry)
    {
        await using var owner = browser.Host.OpenOwnerConnection();
        await using var command = owner.CreateCommand();
        command.CommandText = "SELECT e.content_type FROM appeal_evidence e JOIN appeals a ON a.tenant_id = e.tenant_id AND a.id = e.appeal_id WHERE a.ledger_entry_id = $1";
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ledgerEntry });
        await using var reader = await command.ExecuteReaderAsync();
        var types = new List<string>();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0));
        }

        return types;
    }
}
