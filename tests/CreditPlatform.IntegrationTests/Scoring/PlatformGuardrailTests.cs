using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>
/// The platform's guardrails are versions proposed by one platform administrator and approved by another.
/// Own host: the tests change what binds every scheme, and put the shipped limits back when done.
/// </summary>
public sealed class PlatformGuardrailTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Platform = "/api/v1/platform/guardrails";

    private static object Limits(int maxPointsPerEntry) => new
    {
        limits = new
        {
            legalBasisRequired = true,
            maxPointsPerEntry,
            forbiddenCategories = new[] { "ethnicity", "religion", "political_opinion", "petition", "lawful_speech" },
            maxPurchasablePointsPerYear = 30,
        },
        note = $"One entry moves a score by at most {maxPointsPerEntry} points.",
    };

    private static async Task<int> ProposeAsync(HttpClient admin, int maxPointsPerEntry)
    {
        using var proposed = await admin.PostAsJsonAsync($"{Platform}/versions", Limits(maxPointsPerEntry));
        var body = await proposed.ReadJsonAsync();
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        return body.GetProperty("version").GetInt32();
    }

    private static async Task ChangeAsync(HttpClient proposer, HttpClient approver, int maxPointsPerEntry)
    {
        var version = await ProposeAsync(proposer, maxPointsPerEntry);
        using var approved = await approver.PostAsync($"{Platform}/versions/{version}/approval", null);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApprovePlatformGuardrails_WhenTheProposerApproves_Returns422FourEyesAndNothingChanges()
    {
        using var admin = await host.Factory.SignedInClientAsync("admin");
        using var second = await host.Factory.SignedInClientAsync("admin.reviewer");
        var version = await ProposeAsync(admin, 100);

        using var approved = await admin.PostAsync($"{Platform}/versions/{version}/approval", null);
        using var rejected = await second.PostAsJsonAsync($"{Platform}/versions/{version}/rejection", new { reason = "Too strict for courts." });

        approved.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await approved.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("four_eyes");
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var state = await (await admin.GetAsync(Platform)).ReadJsonAsync();
        state.GetProperty("active").GetProperty("limits").GetProperty("maxPointsPerEntry").GetInt32().ShouldBe(200);
        state.GetProperty("proposed").ValueKind.ShouldBe(JsonValueKind.Null);
        state.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == version)
            .GetProperty("rejectionReason").GetString().ShouldBe("Too strict for courts.");
    }

    [Fact]
    public async Task ApprovePlatformGuardrails_WhenTightened_ListsTheActiveRulesItBreaksWithTheReason()
    {
        using var admin = await host.Factory.SignedInClientAsync("admin");
        using var second = await host.Factory.SignedInClientAsync("admin.reviewer");
        using var drafter = await host.Factory.SignedInClientAsync("rc.official");
        using var approver = await host.Factory.SignedInClientAsync("rc.reviewer");
        var breaking = ScoringApi.NewRuleCode();
        var within = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(breaking, -40));
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(within, -10));

        await ChangeAsync(admin, second, 35);
        using var listed = await drafter.GetAsync("/api/v1/tenants/rongcheng/rules?status=active");
        using var refused = await drafter.PostAsJsonAsync("/api/v1/tenants/rongcheng/rules", ScoringApi.FixedRule(breaking, -36));
        await ChangeAsync(second, admin, 200);

        var rules = (await listed.ReadJsonAsync()).EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        var violation = rules[breaking].GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        violation.GetProperty("guardrail").GetString().ShouldBe("max_points_per_entry");
        violation.GetProperty("source").GetString().ShouldBe("platform");
        violation.GetProperty("message").GetString()!.ShouldContain("at most 35 points");
        rules[within].GetProperty("violations").GetArrayLength().ShouldBe(0);
        rules["DRUNK_DRIVING"].GetProperty("violations").GetArrayLength().ShouldBe(1);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task ProposePlatformGuardrails_WhenATenantOfficialAsks_Returns403()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await official.PostAsJsonAsync($"{Platform}/versions", Limits(10));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProposePlatformGuardrails_WhenNoNoteIsGiven_Returns400()
    {
        using var admin = await host.Factory.SignedInClientAsync("admin");

        using var response = await admin.PostAsJsonAsync($"{Platform}/versions", new { limits = new { legalBasisRequired = true } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("note", out _).ShouldBeTrue();
    }
}
