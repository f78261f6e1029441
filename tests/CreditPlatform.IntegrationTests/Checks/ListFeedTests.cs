using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>The list change feed and snapshot, and checks as the lists stood at a past moment.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus), where the coordinator records the history.</remarks>
[Trait("Category", "Citus")]
public sealed class ListFeedTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    /// <summary>A consumer's local copy: entry id → the last item or snapshot row about it that keeps it.</summary>
    private sealed class Consumer(HttpClient client)
    {
        public Dictionary<Guid, string> Entries { get; } = [];
        public long Cursor { get; private set; }
        public List<long> Seen { get; } = [];

        public async Task StartAsync()
        {
            var snapshot = await GetAsync("/api/v1/lists/snapshot");
            Cursor = snapshot.GetProperty("cursor").GetInt64();
            foreach (var e in snapshot.GetProperty("entries").EnumerateArray())
            {
                Entries[e.GetProperty("entryId").GetGuid()] = e.GetProperty("maskedIdentifier").GetString()!;
            }
        }

        /// <summary>Reads pages until the feed has nothing more; returns how many items came.</summary>
        public async Task<int> FollowAsync(int limit = 7)
        {
            var count = 0;
            while (true)
            {
                var page = await GetAsync($"/api/v1/lists/changes?after={Cursor}&limit={limit}");
                var items = page.GetProperty("items");
                foreach (var item in items.EnumerateArray())
                {
                    var cursor = item.GetProperty("cursor").GetInt64();
                    cursor.ShouldBeGreaterThan(Cursor);
                    Seen.Add(cursor);
                    Cursor = cursor;
                    var id = item.GetProperty("entryId").GetGuid();
                    if (item.GetProperty("change").GetString() is "listed" or "reinstated")
                    {
                        Entries[id] = item.GetProperty("maskedIdentifier").GetString()!;
                    }
                    else
                    {
                        Entries.Remove(id);
                    }

                    count++;
                }

                page.GetProperty("next").GetInt64().ShouldBe(Cursor);
                if (items.GetArrayLength() == 0)
                {
                    return count;
                }
            }
        }

        private async Task<JsonElement> GetAsync(string path)
        {
            using var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return await response.ReadJsonAsync();
        }
    }

    /// <summary>The national entries in force, as the database holds them.</summary>
    private async Task<HashSet<Guid>> ActiveNationalEntriesAsync()
    {
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(
            "SELECT e.id FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id WHERE e.status = 'Active' AND l.scope = 'National'",
            owner);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    [Fact]
    public async Task Consumer_StartingFromSnapshotAndFollowingFeed_EndsWithExactlyTheActiveEntries()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc", legalRepresentative: "coListed");
        var early = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            early.Add((await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person())).GetProperty("id").GetGuid());
        }

        var consumer = new Consumer(Client);
        await consumer.StartAsync();
        consumer.Entries.Keys.ShouldBe(await ActiveNationalEntriesAsync(), ignoreOrder: true);

        // Changes made while the consumer follows: listings (a company with its co-listed representative), removals,
        // and all of them concurrently with its reads.
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());
            }

            await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Organization(), "organization",
                legalRepresentative: new { identifier = TestIdentifiers.Person(), name = "代表人" });
            foreach (var id in early.Take(2))
            {
                (await ListsApi.RemoveAsync(Client, "spc", list, id)).EnsureSuccessStatusCode();
            }
        });
        while (!writer.IsCompleted)
        {
            await consumer.FollowAsync();
        }

        await writer;
        await consumer.FollowAsync();

        var active = await ActiveNationalEntriesAsync();
        consumer.Entries.Keys.ShouldBe(active, ignoreOrder: true);
        consumer.Entries.Keys.ShouldNotContain(early[0]);
        consumer.Entries.Keys.ShouldContain(early[2]);
        consumer.Seen.ShouldBe(consumer.Seen.Order().Distinct());
    }

    [Fact]
    public async Task Feed_WhenAnEarlierTransactionCommitsAfterALaterOne_StillDeliversItsChangeAfterTheCursorServed()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var first = (await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person())).GetProperty("id").GetGuid();
        var second = (await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person())).GetProperty("id").GetGuid();
        var consumer = new Consumer(Client);
        await consumer.StartAsync();
        await consumer.FollowAsync();

        // The first change is recorded first but commits last.
        await using var slow = host.Factory.OpenOwnerConnection();
        await using var tx = await slow.BeginTransactionAsync();
        await using (var suspend = new NpgsqlCommand("UPDATE list_entries SET status = 'Suspended' WHERE id = $1", slow, tx))
        {
            suspend.Parameters.Add(new NpgsqlParameter { Value = first });
            await suspend.ExecuteNonQueryAsync();
        }

        (await ListsApi.RemoveAsync(Client, "spc", list, second)).EnsureSuccessStatusCode();
        (await consumer.FollowAsync()).ShouldBe(1);
        consumer.Entries.Keys.ShouldNotContain(second);
        consumer.Entries.Keys.ShouldContain(first);

        await tx.CommitAsync();
        (await consumer.FollowAsync()).ShouldBe(1);
        consumer.Entries.Keys.ShouldNotContain(first);
        consumer.Entries.Keys.ShouldBe(await ActiveNationalEntriesAsync(), ignoreOrder: true);
    }

    [Fact]
    public async Task Feed_ItemsCarryHashesAndMaskedIdentifiersOnly()
    {
        var identifier = TestIdentifiers.Person();
        var consumer = new Consumer(Client);
        await consumer.StartAsync();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        await ListsApi.ListAsync(Client, "spc", list, identifier);

        using var response = await Client.GetAsync($"/api/v1/lists/changes?after={consumer.Cursor}");
        var body = await response.Content.ReadAsStringAsync();
        var item = (await response.ReadJsonAsync()).GetProperty("items")[0];

        body.ShouldNotContain(identifier);
        item.GetProperty("change").GetString().ShouldBe("listed");
        item.GetProperty("listCode").GetString().ShouldBe(list);
        item.GetProperty("identifierHash").GetString()!.Length.ShouldBe(64);
        item.GetProperty("maskedIdentifier").GetString().ShouldBe(identifier[..4] + new string('*', 10) + identifier[^4..]);
        item.GetProperty("measures").Strings().ShouldBe(["LOAN", "GOV_TENDER"], ignoreOrder: true);
    }

    [Fact]
    public async Task Feed_WhenLimitOutOfRange_Returns400Problem()
    {
        using var response = await Client.GetAsync("/api/v1/lists/changes?after=0&limit=0");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("limit", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Feed_OfAJurisdictionKey_ShowsNationalListsAndItsOwnLocalListsOnly()
    {
        var ownLocal = await ListsApi.CreateListAsync(Client, "rongcheng", scope: "local");
        var otherLocal = await ListsApi.CreateListAsync(Client, "majia", scope: "local");
        var national = await ListsApi.CreateListAsync(Client, "spc");
        using var rongcheng = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));
        var consumer = new Consumer(rongcheng);
        await consumer.StartAsync();
        var own = (await ListsApi.ListAsync(Client, "rongcheng", ownLocal, TestIdentifiers.Person())).GetProperty("id").GetGuid();
        var other = (await ListsApi.ListAsync(Client, "majia", otherLocal, TestIdentifiers.Person())).GetProperty("id").GetGuid();
        var nat = (await ListsApi.ListAsync(Client, "spc", national, TestIdentifiers.Person())).GetProperty("id").GetGuid();

        await consumer.FollowAsync();

        consumer.Entries.Keys.ShouldContain(own);
        consumer.Entries.Keys.ShouldContain(nat);
        consumer.Entries.Keys.ShouldNotContain(other);
        var snapshot = new Consumer(rongcheng);
        await snapshot.StartAsync();
        snapshot.Entries.Keys.ShouldContain(own);
        snapshot.Entries.Keys.ShouldNotContain(other);
    }

    [Fact]
    public async Task CheckAsOf_BeforeARemoval_IsRestricted_AndAfterItNot()
    {
        var identifier = TestIdentifiers.Person();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var beforeListing = await DatabaseNowAsync();
        var id = (await ListsApi.ListAsync(Client, "spc", list, identifier)).GetProperty("id").GetGuid();
        var whileListed = await DatabaseNowAsync();
        (await ListsApi.RemoveAsync(Client, "spc", list, id)).EnsureSuccessStatusCode();
        var afterRemoval = await DatabaseNowAsync();

        var then = (await ListsApi.CheckAsync(Client, new { identifiers = new[] { identifier }, asOf = whileListed }))[0];
        then.GetProperty("restricted").GetBoolean().ShouldBeTrue();
        then.GetProperty("entries")[0].GetProperty("list").GetString().ShouldBe(list);
        (await ListsApi.CheckAsync(Client, new { identifiers = new[] { identifier }, asOf = afterRemoval }))[0]
            .GetProperty("restricted").GetBoolean().ShouldBeFalse();
        (await ListsApi.CheckAsync(Client, new { identifiers = new[] { identifier }, asOf = beforeListing }))[0]
            .GetProperty("restricted").GetBoolean().ShouldBeFalse();
        (await ListsApi.IsRestrictedAsync(Client, identifier)).ShouldBeFalse();
    }

    [Fact]
    public async Task CheckAsOf_InTheFuture_Returns400Problem()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/checks",
            new { identifiers = new[] { TestIdentifiers.Person() }, asOf = DateTimeOffset.UtcNow.AddDays(1) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue();
    }

    /// <summary>The database's clock, which stamps the history (the test process shares the machine's).</summary>
    private async Task<DateTimeOffset> DatabaseNowAsync()
    {
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", owner);
        return new DateTimeOffset((DateTime)(await command.ExecuteScalarAsync())!, TimeSpan.Zero);
    }
}
