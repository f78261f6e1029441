using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Security.People;

/// <summary>Four eyes, separation of duties and scopes bind the person behind a credential, not the credential.</summary>
public sealed class ActorsArePeopleTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Rules = "/api/v1/tenants/rongcheng/rules";

    /// <summary>A key the signed-in <paramref name="official"/> issues to themselves through the API.</summary>
    private static async Task<(string Secret, string IssuedBy)> OwnKeyAsync(HttpClient official, params string[] scopes)
    {
        using var response = await official.PostAsJsonAsync("/api/v1/api-keys", new { name = "my own script", tenant = "rongcheng", scopes });
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("secret").GetString()!, body.GetProperty("issuedBy").GetString()!);
    }

    /// <summary>Drafts a new rule with <paramref name="drafter"/>; returns its code.</summary>
    private static async Task<string> DraftAsync(HttpClient drafter)
    {
        var code = ScoringApi.NewRuleCode();
        using var drafted = await drafter.PostAsJsonAsync(Rules, ScoringApi.FixedRule(code, -5));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        return code;
    }

    [Fact]
    public async Task ApproveRule_WhenTheDrafterApprovesWithTheirOwnKey_Returns422FourEyes()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var ownKey = host.Factory.ApiClient((await OwnKeyAsync(official, "rules:write", "rules:read")).Secret);
        var code = await DraftAsync(official);

        using var response = await ownKey.PostAsync($"{Rules}/{code}/versions/1/approval", null);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("four_eyes");
    }

    [Fact]
    public async Task ApproveRule_WhenDraftedWithAKeyAndApprovedSignedInBySamePerson_Returns422FourEyes()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var ownKey = host.Factory.ApiClient((await OwnKeyAsync(official, "rules:write", "rules:read")).Secret);
        var code = await DraftAsync(ownKey);

        using var response = await official.PostAsync($"{Rules}/{code}/versions/1/approval", null);
        using var byReviewer = await (await host.Factory.SignedInClientAsync("rc.reviewer")).PostAsync($"{Rules}/{code}/versions/1/approval", null);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        byReviewer.StatusCode.ShouldBe(HttpStatusCode.OK, await byReviewer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DecideAppeal_WhenTheRecorderDecidesWithTheirOwnKey_Returns422ReviewerIsRecorder()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var ownKey = host.Factory.ApiClient((await OwnKeyAsync(official, "appeals:decide")).Secret);
        using var platform = host.Factory.ApiClient();
        var subject = await platform.EnrolAsync();
        var entry = AppealsApi.EntryId(await official.RecordAsync(subject, "TRAFFIC_RED_LIGHT", DateTimeOffset.UtcNow.AddDays(-1)));
        using var filed = await AppealsApi.FileAsync(platform, ledgerEntryId: entry);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var refused = await AppealsApi.DecideAsync(ownKey, appeal, "upheld");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("reviewer_is_recorder");
    }

    [Fact]
    public async Task CreateApiKey_WhenAScopeIsBeyondTheIssuersRole_Returns403NamingTheScope()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await official.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "too much", tenant = "rongcheng", scopes = new[] { "events:write", "appeals:write" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("scope").GetString().ShouldBe("appeals:write");
        problem.GetProperty("detail").GetString()!.ShouldContain("appeals:write");
    }

    [Fact]
    public async Task CreateApiKey_WhenAKeyIssuesAKey_PassesOnOnlyItsOwnScopes()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        var (secret, issuedBy) = await OwnKeyAsync(official, "keys:write", "rules:read");
        using var keyClient = host.Factory.ApiClient(secret);

        using var wider = await keyClient.PostAsJsonAsync("/api/v1/api-keys", new { name = "wider", tenant = "rongcheng", scopes = new[] { "rules:write" } });
        using var narrower = await keyClient.PostAsJsonAsync("/api/v1/api-keys", new { name = "narrower", tenant = "rongcheng", scopes = new[] { "rules:read" } });

        wider.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        narrower.StatusCode.ShouldBe(HttpStatusCode.Created);
        issuedBy.ShouldStartWith("user:");
        (await narrower.ReadJsonAsync()).GetProperty("issuedBy").GetString().ShouldBe(issuedBy);
    }

    [Fact]
    public async Task ListApiKeys_WhenAnOfficialIssuedAKey_ShowsThemAsItsIssuerInTheApiAndOnTheAdminPage()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        var (_, issuedBy) = await OwnKeyAsync(official, "rules:read");

        using var listed = await official.GetAsync("/api/v1/api-keys");
        var html = await official.GetStringAsync("/admin/apikeys");

        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mine = (await listed.ReadJsonAsync()).EnumerateArray().Where(k => k.GetProperty("issuedBy").GetString() == issuedBy).ToList();
        mine.ShouldNotBeEmpty();
        mine.ShouldAllBe(k => k.GetProperty("issuerName").GetString() == "Li Na 李娜");
        html.ShouldContain("<td class=\"issuer\">Li Na 李娜</td>");
    }
}
