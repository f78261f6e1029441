using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A jurisdiction's ledger and scores stay its own, in the API and in the database underneath.</summary>
public sealed class ScoringIsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<Guid> ScoredRongchengSubjectAsync()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", DateTimeOffset.UtcNow.AddDays(-1));
        return subject;
    }

    [Theory]
    [InlineData("score")]
    [InlineData("ledger")]
    [InlineData("trend")]
    public async Task GetSubjectScoring_WhenOfficialOfAnotherTenant_Returns403(string resource)
    {
        var subject = await ScoredRongchengSubjectAsync();
        using var official = await host.Factory.SignedInClientAsync("spc.official");

        using var response = await official.GetAsync($"/api/v1/tenants/rongcheng/subjects/{subject}/{resource}");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetScore_WhenOfficialOfSameTenant_Returns200()
    {
        var subject = await ScoredRongchengSubjectAsync();
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        (await official.ScoreValueAsync(subject)).ShouldBe(995);
    }

    [Fact]
    public async Task GetScore_WhenSubjectBelongsToAnotherTenantButRouteIsOwn_Returns404()
    {
        var subject = await ScoredRongchengSubjectAsync();
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "subjects:read"));

        using var response = await client.GetAsync($"/api/v1/tenants/spc/subjects/{subject}/score");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task VerifyLedger_WhenKeyOfAnotherTenant_Returns403()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("spc", "audit:read"));

        using var response = await client.GetAsync("/api/v1/tenants/rongcheng/ledger/verification");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("ledger_entries")]
    [InlineData("credit_events")]
    [InlineData("scores")]
    [InlineData("scoring_rules")]
    public async Task Select_WhenAppRoleSetToAnotherTenant_SeesNoRows(string table)
    {
        await ScoredRongchengSubjectAsync();
        var rongcheng = await host.Factory.TenantIdAsync("rongcheng");
        var spc = await host.Factory.TenantIdAsync("spc");
        await using var app = host.Factory.OpenAppRoleConnection();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", app) { Parameters = { new() { Value = spc.ToString() } } })
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE tenant_id = $1", app) { Parameters = { new() { Value = rongcheng } } };

        ((long)(await count.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Theory]
    [InlineData("UPDATE ledger_entries SET points = 0")]
    [InlineData("DELETE FROM ledger_entries")]
    [InlineData("UPDATE credit_events SET quantity = 0")]
    [InlineData("DELETE FROM credit_events")]
    public async Task LedgerAndEvents_WhenAppRoleUpdatesOrDeletes_IsRefused(string sql)
    {
        await using var app = host.Factory.OpenAppRoleConnection();
        await using var command = new NpgsqlCommand(sql, app);

        (await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync())).SqlState.ShouldBe("42501");
    }
}
