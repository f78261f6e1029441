using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Audit;

/// <summary>Writes and reads of personal data land in the audit log, with the stated reason, readable by officials.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class AuditTrailTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<JsonElement> AuditOfAsync(Guid subject)
    {
        using var client = host.Factory.ApiClient();
        using var response = await client.GetAsync($"/api/v1/tenants/rongcheng/audit?subjectId={subject}");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task Enrol_WhenAuditReasonHeaderIsGiven_StoresTheReasonWithTheAuditRow()
    {
        using var client = host.Factory.ApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tenants/rongcheng/subjects")
        {
            Content = JsonContent.Create(new { kind = "person", identifier = TestIdentifiers.Person(), name = "理由" }),
        };
        request.Headers.Add("X-Audit-Reason", Uri.EscapeDataString("案号 (2026) 鲁1082执 12 号"));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var subject = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();

        var audit = await AuditOfAsync(subject);

        audit.GetProperty("items").EnumerateArray()
            .ShouldContain(e => e.GetProperty("action").GetString() == "EnrolSubject"
                                && e.GetProperty("reason").GetString() == "案号 (2026) 鲁1082执 12 号");
    }

    [Fact]
    public async Task GetSubject_WhenOfficialReadsIt_LeavesAnAuditRowNamingTheOfficialAndSubject()
    {
        using var api = host.Factory.ApiClient();
        var subject = await AuditTrail.EnrolAsync(api);
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        (await official.GetAsync($"/api/v1/tenants/rongcheng/subjects/{subject}")).EnsureSuccessStatusCode();

        var reads = (await AuditOfAsync(subject)).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "GetSubject").ToList();
        reads.Count.ShouldBe(1);
        reads[0].GetProperty("actor").GetString()!.ShouldStartWith("user:");
    }

    [Fact]
    public async Task ListAudit_WhenFilteredBySubject_ReturnsOnlyThatSubjectNewestFirst()
    {
        using var api = host.Factory.ApiClient();
        var subject = await AuditTrail.EnrolAsync(api);
        await AuditTrail.EnrolAsync(api);
        (await api.GetAsync($"/api/v1/tenants/rongcheng/subjects/{subject}")).EnsureSuccessStatusCode();

        var items = (await AuditOfAsync(subject)).GetProperty("items").EnumerateArray().ToList();

        items.ShouldAllBe(e => e.GetProperty("subjectId").GetGuid() == subject);
        items.Select(e => e.GetProperty("action").GetString()).ShouldBe(["GetSubject", "EnrolSubject"]);
    }

    [Fact]
    public async Task ListAudit_WhenPageIsOutOfRange_Returns400()
    {
        using var api = host.Factory.ApiClient();

        using var response = await api.GetAsync("/api/v1/tenants/rongcheng/audit?page=0");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ListAudit_WhenGathererAsks_Returns403()
    {
        using var gatherer = await host.Factory.SignedInClientAsync("rc.traffic");

        using var response = await gatherer.GetAsync("/api/v1/tenants/rongcheng/audit");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
