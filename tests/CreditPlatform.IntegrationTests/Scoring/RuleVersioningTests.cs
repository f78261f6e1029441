using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A rule changes only by a new version; every event is scored by the version in force when it happened.</summary>
public sealed class RuleVersioningTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateTimeOffset LongAgo = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Two keys of the jurisdiction, so one drafts and the other approves.</summary>
    private sealed record Officials(HttpClient Drafter, HttpClient Approver) : IDisposable
    {
        public void Dispose()
        {
            Drafter.Dispose();
            Approver.Dispose();
        }
    }

    private async Task<Officials> OfficialsAsync() => new(
        host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read")),
        host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read")));

    private static async Task<System.Text.Json.JsonElement> VersionAsync(HttpClient client, string code, int version)
    {
        using var response = await client.GetAsync("/api/v1/tenants/rongcheng/rules");
        return (await response.ReadJsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code && r.GetProperty("version").GetInt32() == version);
    }

    [Fact]
    public async Task ApproveRule_WhenNewVersionTakesEffect_EventsDatedBeforeItKeepTheOldVersion()
    {
        using var officials = await OfficialsAsync();
        var (drafter, approver) = officials;
        using var client = host.Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        var switchover = DateTimeOffset.UtcNow.AddDays(-10);
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -5, effectiveFrom: LongAgo));
        (await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -8, effectiveFrom: switchover))).ShouldBe(2);
        var subject = await client.EnrolAsync();

        var before = await client.RecordAsync(subject, code, switchover.AddDays(-1));
        var after = await client.RecordAsync(subject, code, switchover.AddDays(1));

        before.GetProperty("entries")[0].GetProperty("points").GetInt32().ShouldBe(-5);
        after.GetProperty("entries")[0].GetProperty("points").GetInt32().ShouldBe(-8);
        var ledger = (await client.LedgerAsync(subject)).EnumerateArray().ToList();
        ledger.Select(e => e.GetProperty("ruleVersion").GetInt32()).Order().ShouldBe([1, 2]);
    }

    [Fact]
    public async Task ApproveRule_WhenNewVersionApproved_ClosesThePreviousVersionWhereTheNewOneStarts()
    {
        using var officials = await OfficialsAsync();
        var (drafter, approver) = officials;
        var code = ScoringApi.NewRuleCode();
        var switchover = new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -5, effectiveFrom: LongAgo));

        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -8, effectiveFrom: switchover));

        var first = await VersionAsync(drafter, code, 1);
        first.GetProperty("status").GetString().ShouldBe("superseded");
        first.GetProperty("effectiveTo").GetDateTimeOffset().ShouldBe(switchover);
        (await VersionAsync(drafter, code, 2)).GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task RetireRule_WhenRetired_RefusesEventsAfterButNotBefore()
    {
        using var officials = await OfficialsAsync();
        var (drafter, approver) = officials;
        using var client = host.Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -5, effectiveFrom: LongAgo));
        var end = DateTimeOffset.UtcNow.AddDays(-5);
        using var asked = await approver.PostAsJsonAsync($"/api/v1/tenants/rongcheng/rules/{code}/retirement", new { effectiveTo = end });
        asked.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        using var retired = await drafter.PostAsync($"/api/v1/tenants/rongcheng/rules/{code}/retirement/confirmation", null);
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        var subject = await client.EnrolAsync();

        using var late = await client.PostEventAsync(subject, code, end.AddDays(1));
        var early = await client.RecordAsync(subject, code, end.AddDays(-1));

        late.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await late.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("rule_not_in_force");
        early.GetProperty("score").GetInt32().ShouldBe(995);
    }

    [Fact]
    public async Task RecordEvent_WhenRuleIsOnlyADraft_RefusesItAsNotInForce()
    {
        using var client = host.Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        using var drafted = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/rules", ScoringApi.FixedRule(code, -5, effectiveFrom: LongAgo));
        var subject = await client.EnrolAsync();

        using var response = await client.PostEventAsync(subject, code, DateTimeOffset.UtcNow.AddDays(-1));

        (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("rule_not_in_force");
    }

    [Fact]
    public async Task DraftRule_WhenADraftOfTheCodeIsPending_Returns409()
    {
        using var client = host.Factory.ApiClient();
        var code = ScoringApi.NewRuleCode();
        using var first = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/rules", ScoringApi.FixedRule(code, -5));

        using var second = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/rules", ScoringApi.FixedRule(code, -6));

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UpdateApprovedRule_WhenAttemptedWithRawSqlAsAppRole_IsRefusedByTheDatabase()
    {
        var rongcheng = await host.Factory.TenantIdAsync("rongcheng");
        await using var app = host.Factory.OpenAppRoleConnection();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", app) { Parameters = { new() { Value = rongcheng.ToString() } } })
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var update = new NpgsqlCommand("UPDATE scoring_rules SET legal_basis = 'none' WHERE code = 'TRAFFIC_RED_LIGHT'", app);
        var error = await Should.ThrowAsync<PostgresException>(() => update.ExecuteNonQueryAsync());

        error.SqlState.ShouldBe("23000");
    }
}
