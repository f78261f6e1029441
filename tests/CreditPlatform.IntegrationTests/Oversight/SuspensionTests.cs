using System.Net;
using System.Net.Http.Json;
using CreditPlatform.Infrastructure.MultiTenancy;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Oversight;

/// <summary>Oversight from above: Rongcheng (the city) suspends what Majia (a village under it) made, and lifts it with four eyes.</summary>
public sealed class SuspensionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Majia = "majia";

    /// <summary>A new Majia rule (drafted by Majia's official, approved by the platform) and a villager with points from it.</summary>
    private async Task<(string Code, Guid Subject)> MajiaRuleWithAVillagerAsync()
    {
        using var drafter = await host.Factory.SignedInClientAsync("mj.official");
        using var platform = host.Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(platform, ScoringApi.FixedRule(code, -1), Majia);
        var subject = await platform.EnrolAsync(Majia);
        await platform.RecordAsync(subject, code, DateTimeOffset.UtcNow, tenant: Majia);
        return (code, subject);
    }

    private static Task<HttpResponseMessage> SuspendAsync(HttpClient client, string code, string target = "rules", string tenant = Majia) =>
        client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/{target}/{code}/suspension", new { reason = "处罚超出上级规定范围 Exceeds what the city's regulation allows" });

    [Fact]
    public async Task SuspendRule_WhenAParentOfficialSuspends_RefusesItsEventsAndTellsItsSubjects()
    {
        var (code, subject) = await MajiaRuleWithAVillagerAsync();
        using var city = await host.Factory.SignedInClientAsync("rc.official");
        using var platform = host.Factory.ApiClient();

        using var suspended = await SuspendAsync(city, code);
        var body = await suspended.ReadJsonAsync();
        using var single = await platform.PostEventAsync(subject, code, DateTimeOffset.UtcNow, Guid.NewGuid().ToString(), tenant: Majia);
        using var batch = await platform.PostAsJsonAsync($"/api/v1/tenants/{Majia}/events/batch", new
        {
            events = new[] { new { subjectId = subject, ruleCode = code, occurredAt = DateTimeOffset.UtcNow, idempotencyKey = Guid.NewGuid().ToString() } },
        });
        using var notices = await platform.GetAsync($"/api/v1/tenants/{Majia}/subjects/{subject}/notifications");

        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("suspended").GetBoolean().ShouldBeTrue();
        body.GetProperty("suspendedBy").GetProperty("name").GetString().ShouldBe("Li Na 李娜");
        body.GetProperty("subjectsNotified").GetInt32().ShouldBe(1);
        single.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await single.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("rule_suspended");
        var batchBody = await batch.ReadJsonAsync();
        batchBody.GetProperty("accepted").GetInt32().ShouldBe(0);
        batchBody.GetProperty("rejected")[0].GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("rule_suspended");
        var notice = (await notices.ReadJsonAsync()).EnumerateArray()
            .Single(n => string.Equals(n.GetProperty("kind").GetString(), "OversightSuspension", StringComparison.OrdinalIgnoreCase));
        notice.GetProperty("textEn").GetString()!.ShouldContain("Exceeds what the city's regulation allows");
        notice.GetProperty("ledgerEntryId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task GetRuleSuspension_WhenTheJurisdictionsOwnOfficialAsks_ShowsWhoByNameAndDepartmentAndWhy()
    {
        var (code, _) = await MajiaRuleWithAVillagerAsync();
        using var city = await host.Factory.SignedInClientAsync("rc.official");
        (await SuspendAsync(city, code)).EnsureSuccessStatusCode();
        using var village = await host.Factory.SignedInClientAsync("mj.official");

        using var response = await village.GetAsync($"/api/v1/tenants/{Majia}/rules/{code}/suspension");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("suspendedBy").GetProperty("name").GetString().ShouldBe("Li Na 李娜");
        body.GetProperty("suspendedBy").GetProperty("department").GetString().ShouldBe("Rongcheng Credit Office 荣成市信用办");
        body.GetProperty("reason").GetString()!.ShouldContain("Exceeds");
        body.ToString().ShouldNotContain("user:");
    }

    [Fact]
    public async Task SuspendRule_WhenTheJurisdictionsOwnOfficialSuspends_Returns403OwnJurisdiction()
    {
        var (code, _) = await MajiaRuleWithAVillagerAsync();
        using var village = await host.Factory.SignedInClientAsync("mj.official");

        using var response = await SuspendAsync(village, code);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("own_jurisdiction");
    }

    [Fact]
    public async Task SuspendRule_WhenAnUnrelatedJurisdictionSuspends_Returns404AndNothingChanges()
    {
        var (code, subject) = await MajiaRuleWithAVillagerAsync();
        using var court = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "rules:write", "rules:read"));
        using var platform = host.Factory.ApiClient();

        using var response = await SuspendAsync(court, code);
        using var read = await court.GetAsync($"/api/v1/tenants/{Majia}/rules/{code}/suspension");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await platform.RecordAsync(subject, code, DateTimeOffset.UtcNow, tenant: Majia);
    }

    [Fact]
    public async Task SuspendRule_WhenAPlatformAdministratorSuspends_Succeeds()
    {
        var (code, _) = await MajiaRuleWithAVillagerAsync();
        using var admin = await host.Factory.SignedInClientAsync("admin");

        using var response = await SuspendAsync(admin, code);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await SuspendAsync(admin, code)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ApproveLift_WhenTheProposerApprovesThroughTheirOwnApiKey_Returns422FourEyes_AndAnotherPersonLiftsIt()
    {
        var (code, subject) = await MajiaRuleWithAVillagerAsync();
        using var proposer = await host.Factory.SignedInClientAsync("rc.official");
        using var approver = await host.Factory.SignedInClientAsync("rc.reviewer");
        using var platform = host.Factory.ApiClient();
        (await SuspendAsync(proposer, code)).EnsureSuccessStatusCode();
        using var issued = await proposer.PostAsJsonAsync("/api/v1/api-keys", new { name = "my own script", tenant = "rongcheng", scopes = new[] { "rules:write" } });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var ownKey = host.Factory.ApiClient((await issued.ReadJsonAsync()).GetProperty("secret").GetString());
        var lift = $"/api/v1/tenants/{Majia}/rules/{code}/suspension/lift-proposal";

        using var early = await approver.PostAsync($"{lift}/approval", null);
        using var proposed = await proposer.PostAsJsonAsync(lift, new { note = "村里已修改规则 The village amended it" });
        using var sameByKey = await ownKey.PostAsync($"{lift}/approval", null);
        using var stillRefused = await platform.PostEventAsync(subject, code, DateTimeOffset.UtcNow, Guid.NewGuid().ToString(), tenant: Majia);
        using var approved = await approver.PostAsync($"{lift}/approval", null);

        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK);
        sameByKey.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await sameByKey.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("four_eyes");
        stillRefused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var body = await approved.ReadJsonAsync();
        body.GetProperty("suspended").GetBoolean().ShouldBeFalse();
        body.GetProperty("liftedBy").GetString().ShouldBe("Wang Qiang 王强");
        await platform.RecordAsync(subject, code, DateTimeOffset.UtcNow, tenant: Majia);
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE action LIKE '%ApproveLift%'", owner);
        Convert.ToInt64(await audit.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SuspendList_WhenAParentOfficialSuspends_RefusesNewEntriesAndTellsTheListed()
    {
        using var platform = host.Factory.ApiClient();
        var list = await ListsApi.CreateListAsync(platform, Majia, scope: "local");
        await ListsApi.ListAsync(platform, Majia, list, TestIdentifiers.Person());
        using var city = await host.Factory.SignedInClientAsync("rc.official");

        using var suspended = await SuspendAsync(city, list, "lists");
        using var refused = await ListsApi.AddEntryAsync(platform, Majia, list, new
        {
            identifier = TestIdentifiers.Person(), kind = "person", name = "测试对象", reason = "测试 Test", documentNumber = "(2026)测01执2号",
        });
        using var state = await platform.GetAsync($"/api/v1/tenants/{Majia}/lists/{list}/suspension");

        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());
        (await suspended.ReadJsonAsync()).GetProperty("subjectsNotified").GetInt32().ShouldBe(1);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("list_suspended");
        (await state.ReadJsonAsync()).GetProperty("suspended").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Suspensions_AreIsolatedByRowLevelSecurityAndTheQueryFilter()
    {
        var (code, _) = await MajiaRuleWithAVillagerAsync();
        using var city = await host.Factory.SignedInClientAsync("rc.official");
        (await SuspendAsync(city, code)).EnsureSuccessStatusCode();
        var majia = await host.Factory.TenantIdAsync(Majia);
        var rongcheng = await host.Factory.TenantIdAsync("rongcheng");

        var seenByRongcheng = await CountAsAsync(rongcheng, code);
        var seenByMajia = await CountAsAsync(majia, code);
        // Through the application: Rongcheng's own routes never see Majia's suspension (the EF filter scopes to the route's tenant).
        using var ownRoute = await city.GetAsync($"/api/v1/tenants/rongcheng/rules/{code}/suspension");

        seenByRongcheng.ShouldBe(0);
        seenByMajia.ShouldBe(1);
        ownRoute.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<long> CountAsAsync(Guid tenant, string code)
    {
        await using var app = host.Factory.OpenAppRoleConnection();
        await using var transaction = await app.BeginTransactionAsync();
        if (host.Factory.OnCitus)
        {
            await CitusTenantInterceptor.SetLocalTenantAsync(app, transaction, tenant, CancellationToken.None);
        }
        else
        {
            await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", app, transaction) { Parameters = { new() { Value = tenant.ToString() } } };
            await set.ExecuteScalarAsync();
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM suspensions WHERE code = $1", app, transaction) { Parameters = { new() { Value = code } } };
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
