using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>The calls scoring tests make over and over, through the public API like any client.</summary>
public static class ScoringApi
{
    public const string Rongcheng = "rongcheng";

    public static async Task<Guid> EnrolAsync(this HttpClient client, string tenant = Rongcheng, string kind = "person")
    {
        var identifier = kind == "person" ? TestIdentifiers.Person() : TestIdentifiers.Organization();
        using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/subjects", new { kind, identifier, name = "测试" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PostEventAsync(
        this HttpClient client, Guid subjectId, string ruleCode, DateTimeOffset occurredAt, string? key = null,
        decimal? quantity = null, string tenant = Rongcheng)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tenants/{tenant}/events")
        {
            Content = JsonContent.Create(new { subjectId, ruleCode, occurredAt, quantity }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    /// <summary>Posts an event that must be accepted, and returns the response body.</summary>
    public static async Task<JsonElement> RecordAsync(
        this HttpClient client, Guid subjectId, string ruleCode, DateTimeOffset occurredAt, decimal? quantity = null, string tenant = Rongcheng)
    {
        using var response = await client.PostEventAsync(subjectId, ruleCode, occurredAt, Guid.NewGuid().ToString(), quantity, tenant);
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, body.ToString());
        return body;
    }

    public static async Task<JsonElement> ScoreAsync(this HttpClient client, Guid subjectId, DateTimeOffset? asOf = null, string tenant = Rongcheng)
    {
        var query = asOf is { } at ? "?asOf=" + Uri.EscapeDataString(at.ToString("O")) : "";
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/subjects/{subjectId}/score{query}");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<int> ScoreValueAsync(this HttpClient client, Guid subjectId, DateTimeOffset? asOf = null, string tenant = Rongcheng) =>
        (await client.ScoreAsync(subjectId, asOf, tenant)).GetProperty("score").GetInt32();

    public static async Task<JsonElement> LedgerAsync(this HttpClient client, Guid subjectId, string tenant = Rongcheng)
    {
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/subjects/{subjectId}/ledger");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    /// <summary>A rule code no other test uses, so tests sharing a database never see each other's versions.</summary>
    public static string NewRuleCode() => "T_" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static object FixedRule(
        string code, int points, string category = "public_order", DateTimeOffset? effectiveFrom = null,
        object[]? caps = null, bool purchasable = false, string legalBasis = "Test Regulations, art. 1") => new
        {
            code,
            titleZh = "测试规则",
            titleEn = "Test rule",
            category,
            legalBasis,
            subjectKinds = new[] { "person", "organization" },
            delta = new { kind = "Fixed", points },
            caps = caps ?? [],
            purchasable,
            effectiveFrom,
        };

    /// <summary>Drafts with one client and approves with another (four eyes); returns the approved version.</summary>
    public static async Task<int> DraftAndApproveAsync(this HttpClient drafter, HttpClient approver, object rule, string tenant = Rongcheng)
    {
        using var drafted = await drafter.PostAsJsonAsync($"/api/v1/tenants/{tenant}/rules", rule);
        var draft = await drafted.ReadJsonAsync();
        drafted.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, draft.ToString());
        var code = draft.GetProperty("code").GetString();
        var version = draft.GetProperty("version").GetInt32();
        using var approved = await approver.PostAsync($"/api/v1/tenants/{tenant}/rules/{code}/versions/{version}/approval", null);
        approved.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return version;
    }

    public static async Task<Guid> TenantIdAsync(this CreditPlatformFactory factory, string slug)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = $1", owner) { Parameters = { new() { Value = slug } } };
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Two officials of Rongcheng signed in, so one drafts and the other approves (four eyes).</summary>
    public sealed record Officials(HttpClient Drafter, HttpClient Approver) : IDisposable
    {
        public void Dispose()
        {
            Drafter.Dispose();
            Approver.Dispose();
        }
    }

    public static async Task<Officials> SignedInOfficialsAsync(this CreditPlatformFactory factory) =>
        new(await factory.SignedInClientAsync("rc.official"), await factory.SignedInClientAsync("rc.reviewer"));

    /// <summary>One version of a rule as the catalogue lists it.</summary>
    public static async Task<JsonElement> RuleVersionAsync(this HttpClient client, string code, int version, string tenant = Rongcheng)
    {
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/rules");
        return (await response.ReadJsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code && r.GetProperty("version").GetInt32() == version);
    }
}
