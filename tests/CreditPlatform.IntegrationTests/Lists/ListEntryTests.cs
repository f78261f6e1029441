using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Lists;

/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class ListEntryTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    [Fact]
    public async Task AddEntry_WhenOrganisationOnCourtList_RestrictsLegalRepresentativeWithoutListingThem()
    {
        var company = TestIdentifiers.Organization();
        var rep = TestIdentifiers.Person();

        var created = await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", company, "organization",
            legalRepresentative: new { identifier = rep, name = "林建国" });

        created.GetProperty("status").GetString().ShouldBe("active");
        var linked = created.GetProperty("linked");
        linked.GetArrayLength().ShouldBe(1);
        linked[0].GetProperty("role").GetString().ShouldBe("restricted");
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, rep), "the legal representative is restricted");
        var repResult = (await ListsApi.CheckAsync(Client, new { identifiers = new[] { rep } }))[0];
        repResult.GetProperty("measures").Strings().ShouldBe(["FLIGHT", "HSR", "LUXURY_HOTEL"], ignoreOrder: true);
        repResult.GetProperty("entries")[0].GetProperty("role").GetString().ShouldBe("restricted");
    }

    [Fact]
    public async Task AddEntry_WhenOrganisationOnFoodSafetyList_CoListsLegalRepresentative()
    {
        var company = TestIdentifiers.Organization();
        var rep = TestIdentifiers.Person();

        var created = await ListsApi.ListAsync(Client, "samr", "FOOD_SAFETY", company, "organization",
            legalRepresentative: new { identifier = rep, name = "孙立新" });

        created.GetProperty("linked")[0].GetProperty("role").GetString().ShouldBe("coListed");
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, rep), "the legal representative is co-listed");
        var repResult = (await ListsApi.CheckAsync(Client, new { identifiers = new[] { rep } }))[0];
        repResult.GetProperty("measures").Strings().ShouldBe(["GOV_TENDER", "LOAN", "SUBSIDY"], ignoreOrder: true);
        repResult.GetProperty("entries")[0].GetProperty("role").GetString().ShouldBe("coListed");
    }

    [Fact]
    public async Task RemoveEntry_WhenCompanyEntryRemoved_RemovesLinkedRepresentativeEntry()
    {
        var company = TestIdentifiers.Organization();
        var rep = TestIdentifiers.Person();
        var created = await ListsApi.ListAsync(Client, "samr", "FOOD_SAFETY", company, "organization",
            legalRepresentative: new { identifier = rep, name = "周丽华" });
        var companyEntry = created.GetProperty("id").GetGuid();
        var repEntry = created.GetProperty("linked")[0].GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, rep), "the legal representative is listed");

        using var removal = await ListsApi.RemoveAsync(Client, "samr", "FOOD_SAFETY", companyEntry, "performed");

        removal.StatusCode.ShouldBe(HttpStatusCode.OK);
        var linked = await ListsApi.GetEntryAsync(Client, "samr", "FOOD_SAFETY", repEntry);
        linked.GetProperty("status").GetString().ShouldBe("removed");
        linked.GetProperty("removalReason").GetString().ShouldBe("performed");
        linked.GetProperty("linkedTo").GetGuid().ShouldBe(companyEntry);
        await Eventually.HoldsAsync(async () => !await ListsApi.IsRestrictedAsync(Client, rep), "the legal representative is no longer restricted");
    }

    [Fact]
    public async Task AddEntry_WhenNoExpiryGiven_ExpiresAfterTheListDefault()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc", defaultDurationDays: 100, maximumDurationDays: 200);
        var before = DateTimeOffset.UtcNow;

        var created = await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());

        var expiresAt = created.GetProperty("expiresAt").GetDateTimeOffset();
        expiresAt.ShouldBeInRange(before.AddDays(100).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(100).AddMinutes(1));
    }

    [Fact]
    public async Task AddEntry_WhenExpiryBeyondListMaximum_Returns400OnExpiresAt()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc", defaultDurationDays: 100, maximumDurationDays: 200);

        using var response = await ListsApi.AddEntryAsync(Client, "spc", list, new
        {
            identifier = TestIdentifiers.Person(),
            kind = "person",
            name = "某人",
            reason = "测试",
            documentNumber = "(2026)测1号",
            expiresAt = DateTimeOffset.UtcNow.AddDays(201),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("expiresAt", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AddEntry_WhenSubjectAlreadyListed_Returns409()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var identifier = TestIdentifiers.Person();
        await ListsApi.ListAsync(Client, "spc", list, identifier);

        using var again = await ListsApi.AddEntryAsync(Client, "spc", list, new
        {
            identifier = identifier.ToLowerInvariant(), kind = "person", name = "某人", reason = "测试", documentNumber = "(2026)测2号",
        });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AddEntry_WhenOfficialOfAnotherTenant_Returns403()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var response = await ListsApi.AddEntryAsync(official, "spc", "COURT_DEFAULTERS", new
        {
            identifier = TestIdentifiers.Person(), kind = "person", name = "某人", reason = "测试", documentNumber = "(2026)测3号",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AddEntry_WhenOfficialOfIssuingTenant_Returns201()
    {
        using var official = await host.Factory.SignedInClientAsync("spc.official");

        using var response = await ListsApi.AddEntryAsync(official, "spc", "COURT_DEFAULTERS", new
        {
            identifier = TestIdentifiers.Person(), kind = "person", name = "某人", reason = "测试", documentNumber = "(2026)测4号",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AddEntry_WhenKeyOfAnotherTenant_Returns403()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("samr", "lists:write"));

        using var response = await ListsApi.AddEntryAsync(client, "spc", "COURT_DEFAULTERS", new
        {
            identifier = TestIdentifiers.Person(), kind = "person", name = "某人", reason = "测试", documentNumber = "(2026)测5号",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AddEntry_WhenIdentifierPosted_AppearsOnlyMaskedInAnswersAndNeverInLogs()
    {
        var identifier = TestIdentifiers.Person();

        var created = await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", identifier);
        var entry = await ListsApi.GetEntryAsync(Client, "spc", "COURT_DEFAULTERS", created.GetProperty("id").GetGuid());
        await ListsApi.CheckAsync(Client, new { identifiers = new[] { identifier } });

        entry.GetProperty("maskedIdentifier").GetString().ShouldBe(identifier[..4] + "**********" + identifier[^4..]);
        entry.ToString().ShouldNotContain(identifier);
        host.Factory.Logs.ShouldAllBe(l => !l.Contains(identifier));
    }

    [Fact]
    public async Task RemoveEntry_WhenReasonIsExpired_Returns400()
    {
        var created = await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", TestIdentifiers.Person());

        using var response = await ListsApi.RemoveAsync(Client, "spc", "COURT_DEFAULTERS", created.GetProperty("id").GetGuid(), "expired");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RemoveEntry_WhenRemovedTwice_Returns409()
    {
        var created = await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", TestIdentifiers.Person());
        var id = created.GetProperty("id").GetGuid();
        (await ListsApi.RemoveAsync(Client, "spc", "COURT_DEFAULTERS", id)).EnsureSuccessStatusCode();

        using var again = await ListsApi.RemoveAsync(Client, "spc", "COURT_DEFAULTERS", id);

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RemoveEntry_WhenRepairAskedBeforeTheListMinimum_Returns422()
    {
        var created = await ListsApi.ListAsync(Client, "samr", "FOOD_SAFETY", TestIdentifiers.Organization(), "organization");

        using var response = await ListsApi.RemoveAsync(Client, "samr", "FOOD_SAFETY", created.GetProperty("id").GetGuid(), "repaired");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("repair_too_early");
    }

    [Fact]
    public async Task GetEntries_WhenFilteredByStatus_ReturnsOnlyThatStatus()
    {
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var kept = await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());
        var removed = await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());
        (await ListsApi.RemoveAsync(Client, "spc", list, removed.GetProperty("id").GetGuid())).EnsureSuccessStatusCode();

        var page = await (await Client.GetAsync($"/api/v1/tenants/spc/lists/{list}/entries?status=removed")).ReadJsonAsync();

        page.GetProperty("total").GetInt32().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(removed.GetProperty("id").GetGuid());
        page.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldNotBe(kept.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task GetLists_WhenCourt_ReturnsItsDefaultersListWithItsRules()
    {
        var lists = await (await Client.GetAsync("/api/v1/tenants/spc/lists")).ReadJsonAsync();

        var court = lists.EnumerateArray().Single(l => l.GetProperty("code").GetString() == "COURT_DEFAULTERS");
        court.GetProperty("kind").GetString().ShouldBe("black");
        court.GetProperty("scope").GetString().ShouldBe("national");
        court.GetProperty("defaultDurationDays").GetInt32().ShouldBe(730);
        court.GetProperty("legalRepresentative").GetString().ShouldBe("restricted");
        court.GetProperty("representativeMeasures").Strings().ShouldBe(["FLIGHT", "HSR", "LUXURY_HOTEL"]);
    }

    [Fact]
    public async Task CreateList_WhenNationalCodeTakenByAnotherAuthority_Returns409()
    {
        using var response = await ListsApi.PublishAsync(Client, "samr", new
        {
            code = "COURT_DEFAULTERS", name = "冒名 Impostor", kind = "black", sector = "court", scope = "national",
            legalBasis = "None", defaultDurationDays = 30, measures = new[] { "FLIGHT" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateList_WhenBlackListAttachesAReward_Returns400OnMeasures()
    {
        using var response = await ListsApi.PublishAsync(Client, "spc", new
        {
            code = ListsApi.NewCode(), name = "错配 Mismatch", kind = "black", sector = "court", scope = "local",
            legalBasis = "Test", defaultDurationDays = 30, measures = new[] { "CUSTOMS_INSPECTION_RATE" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith("measures", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateList_WhenNoDefaultDuration_Returns400()
    {
        using var response = await ListsApi.PublishAsync(Client, "spc", new
        {
            code = ListsApi.NewCode(), name = "无期限 Open-ended", kind = "black", sector = "court", scope = "local",
            legalBasis = "Test", measures = new[] { "FLIGHT" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("defaultDurationDays", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task CreateList_InOneStep_Returns409_ForTheAuthorityAndForAnOfficialsOwnKeyAlike()
    {
        var code = ListsApi.NewCode();
        var proposal = new
        {
            code, name = "一步 One step", kind = "black", sector = "court", scope = "local",
            legalBasis = "Test", defaultDurationDays = 30, measures = new[] { "FLIGHT" },
        };
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var issued = await official.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "my list script", tenant = "rongcheng", scopes = new[] { "lists:write", "lists:read" } });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        using var ownKey = host.Factory.ApiClient((await issued.ReadJsonAsync()).GetProperty("secret").GetString());

        foreach (var (client, tenant) in new[] { (Client, "spc"), (official, "rongcheng"), (ownKey, "rongcheng") })
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/lists", proposal);

            response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("list_needs_review");
            using var lists = await client.GetAsync($"/api/v1/tenants/{tenant}/lists");
            (await lists.Content.ReadAsStringAsync()).ShouldNotContain(code);
        }
    }
}
