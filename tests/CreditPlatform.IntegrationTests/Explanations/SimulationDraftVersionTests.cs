using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;

namespace CreditPlatform.IntegrationTests.Explanations;

/// <summary>A simulation can start from a drafted version of a rule, before anyone approves it.</summary>
public sealed class SimulationDraftVersionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateTimeOffset From = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunSimulation_WithADraftedVersion_ReplaysThePeriodUnderTheDraft()
    {
        using var client = host.Factory.ApiClient();
        using var drafter = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        using var approver = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -10, effectiveFrom: From.AddYears(-1)));
        var subject = await client.EnrolAsync();
        foreach (var day in new[] { 10, 40, 70 })
        {
            await client.RecordAsync(subject, code, From.AddDays(day)); // 970: band A
        }

        using (var drafted = await drafter.PostAsJsonAsync("/api/v1/tenants/rongcheng/rules", ScoringApi.FixedRule(code, -20)))
        {
            drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync()); // version 2, not approved
        }

        async Task<System.Text.Json.JsonElement> SimulateAsync(object rule)
        {
            using var response = await drafter.PostAsJsonAsync("/api/v1/tenants/rongcheng/simulations", new { from = From, to = To, rule });
            var body = await response.ReadJsonAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
            return body.GetProperty("result");
        }

        var underDraft = await SimulateAsync(new { code, version = 2 });
        var underApproved = await SimulateAsync(new { code });

        underDraft.GetProperty("eventsChanged").GetInt32().ShouldBe(3);
        underDraft.GetProperty("bandDown").GetInt32().ShouldBe(1); // 940: band B
        underApproved.GetProperty("eventsChanged").GetInt32().ShouldBe(0);
        underApproved.GetProperty("bandDown").GetInt32().ShouldBe(0);
        using var missing = await drafter.PostAsJsonAsync("/api/v1/tenants/rongcheng/simulations", new { from = From, to = To, rule = new { code, version = 9 } });
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
