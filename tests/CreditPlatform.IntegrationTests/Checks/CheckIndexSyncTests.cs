using CreditPlatform.Infrastructure.Checks;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>The in-memory index of every instance follows the database, through notifications and reconnections.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class CheckIndexSyncTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Check_WhenListedThroughAnotherInstance_BecomesVisibleOnThisOne()
    {
        await using var sibling = host.Factory.StartSibling();
        using var writer = host.Factory.ApiClient();
        using var reader = sibling.ApiClient();
        var identifier = TestIdentifiers.Person();
        (await ListsApi.IsRestrictedAsync(reader, identifier)).ShouldBeFalse();

        await ListsApi.ListAsync(writer, "spc", "COURT_DEFAULTERS", identifier);

        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(reader, identifier), "the second instance sees the listing");
    }

    [Fact]
    public async Task Check_WhenRemovedThroughAnotherInstance_StopsRestrictingOnThisOne()
    {
        await using var sibling = host.Factory.StartSibling();
        using var writer = host.Factory.ApiClient();
        using var reader = sibling.ApiClient();
        var identifier = TestIdentifiers.Person();
        var created = await ListsApi.ListAsync(writer, "spc", "COURT_DEFAULTERS", identifier);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(reader, identifier), "the second instance sees the listing");

        (await ListsApi.RemoveAsync(writer, "spc", "COURT_DEFAULTERS", created.GetProperty("id").GetGuid())).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(async () => !await ListsApi.IsRestrictedAsync(reader, identifier), "the second instance sees the removal");
    }

    [Fact]
    public async Task Check_WhenListenerConnectionIsCutAndAListingIsMissed_ReconnectsAndSeesIt()
    {
        using var client = host.Factory.ApiClient();
        var identifier = TestIdentifiers.Person();
        await using (var owner = host.Factory.OpenOwnerConnection())
        {
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", owner);
            cut.Parameters.Add(new NpgsqlParameter { Value = ListenerConnection.ApplicationName });
            ((long)(await cut.ExecuteScalarAsync())!).ShouldBeGreaterThanOrEqualTo(1);
        }

        await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", identifier);

        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(client, identifier), "the reconnected index sees the listing");
    }
}
