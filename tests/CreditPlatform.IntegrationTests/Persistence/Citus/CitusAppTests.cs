using System.Net;
using CreditPlatform.IntegrationTests.Appeals;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;
using Npgsql;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Persistence.Citus;

/// <summary>
/// The application itself on a Citus coordinator with two workers, as two instances over one database: one enrols,
/// scores and lists, the other checks the listing, and an appeal filed through one is decided through the other.
/// </summary>
[Trait("Category", "Citus")]
public sealed class CitusAppTests(HostFixture host, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    [CitusFact]
    public async Task TwoInstances_OnACoordinator_EnrolScoreListCheckAndDecideAnAppeal()
    {
        host.Factory.OnCitus.ShouldBeTrue();
        await using (var owner = host.Factory.OpenOwnerConnection())
        {
            await using var distributed = new NpgsqlCommand(
                "SELECT count(*) FROM citus_tables WHERE table_name IN ('subjects'::regclass, 'ledger_entries'::regclass, 'list_entries'::regclass, 'appeals'::regclass) AND distribution_column = 'tenant_id'",
                owner);
            ((long)(await distributed.ExecuteScalarAsync())!).ShouldBe(4, "the app's tables are distributed by tenant on this database");
        }

        var first = host.Factory;
        await using var second = first.StartSibling();
        using var recorder = first.ApiClient(await first.CreateKeyAsync("rongcheng", "events:write", "appeals:write", "subjects:write", "subjects:read"));
        using var reviewer = second.ApiClient(await first.CreateKeyAsync("rongcheng", "appeals:decide", "subjects:read"));
        using var lister = first.ApiClient();
        using var checker = second.ApiClient();

        // Enrol and score through the first instance; the second reads the same score.
        var subject = await recorder.EnrolAsync();
        var recorded = await recorder.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-1));
        (await reviewer.ScoreValueAsync(subject)).ShouldBe(980);

        // List through the first instance; the second instance's check index follows (by polling on Citus).
        var identifier = TestIdentifiers.Person();
        (await ListsApi.IsRestrictedAsync(checker, identifier)).ShouldBeFalse();
        await ListsApi.ListAsync(lister, "spc", "COURT_DEFAULTERS", identifier);
        var visibleAfter = await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(checker, identifier), "the second instance's checks see the listing");
        output.WriteLine($"listing visible to the other instance's checks after {visibleAfter.TotalMilliseconds:0} ms");

        // Appeal through the first instance, decided by another official through the second: the score is restored.
        using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: AppealsApi.EntryId(recorded));
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var decided = await AppealsApi.DecideAsync(reviewer, appeal, "upheld");
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        (await recorder.ScoreValueAsync(subject)).ShouldBe(1000);
    }
}
