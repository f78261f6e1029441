using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.Infrastructure.MultiTenancy;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>The scheme's bands change like rules do: drafted, simulated on the jurisdiction's subjects, approved by another person.</summary>
public sealed class SchemeDraftTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Scheme = "/api/v1/tenants/rongcheng/scheme";

    /// <summary>Rongcheng's demo bands with A raised from 960 to 1001: a subject still on the base of 1,000 falls from A to B.</summary>
    private static object RaisedA(int aMinimum = 1001) => new
    {
        baseScore = 1000,
        displayStars = false,
        bands = new object[]
        {
            new { code = "AAA", minScore = 1050, measures = new[] { "FREE_CHECKUP" } },
            new { code = "AA", minScore = 1030 },
            new { code = "A", minScore = aMinimum },
            new { code = "B", minScore = 850 },
            new { code = "C", minScore = 600 },
            new { code = "D", minScore = (int?)null, measures = new[] { "LOAN" } },
        },
    };

    private static async Task<JsonElement> DraftAsync(HttpClient drafter, object? body = null)
    {
        using var response = await drafter.PostAsJsonAsync($"{Scheme}/drafts", body ?? RaisedA());
        var draft = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, draft.ToString());
        return draft;
    }

    private static async Task<int> CurrentVersionAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Scheme);
        return (await response.ReadJsonAsync()).GetProperty("version").GetInt32();
    }

    private static async Task<(string Secret, string IssuedBy)> OwnKeyAsync(HttpClient official)
    {
        using var response = await official.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "my scheme script", tenant = "rongcheng", scopes = new[] { "rules:write", "rules:read" } });
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("secret").GetString()!, body.GetProperty("issuedBy").GetString()!);
    }

    [Fact]
    public async Task GetSchemeDraft_SimulatesWhoMovesFromWhichBandToWhich_BySubjectKind()
    {
        // Majia's demo scheme has no bands yet; only this test drafts for majia, so every move is this draft's.
        using var platform = host.Factory.ApiClient();
        using var official = await host.Factory.SignedInClientAsync("mj.official");
        await platform.EnrolAsync("majia");
        await platform.EnrolAsync("majia", kind: "organization");
        var diligent = await platform.EnrolAsync("majia");
        await platform.RecordAsync(diligent, "CLEAN_YARD", DateTimeOffset.UtcNow.AddDays(-1), tenant: "majia");
        using var drafted = await official.PostAsJsonAsync("/api/v1/tenants/majia/scheme/drafts", new
        {
            baseScore = 0,
            displayStars = true,
            bands = new object[] { new { code = "GOLD", minScore = 3, measures = new[] { "RICE" } }, new { code = "PLAIN", minScore = (int?)null } },
        });
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var id = (await drafted.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var response = await official.GetAsync($"/api/v1/tenants/majia/scheme/drafts/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var review = await response.ReadJsonAsync();
        review.GetProperty("draft").GetProperty("status").GetString().ShouldBe("draft");
        review.GetProperty("draft").GetProperty("draftedBy").GetString().ShouldNotStartWith("user:");
        review.GetProperty("inForce").GetProperty("bands").GetArrayLength().ShouldBe(0);
        var simulation = review.GetProperty("simulation");
        var moves = simulation.GetProperty("moves").EnumerateArray()
            .Select(m => (Kind: m.GetProperty("subjectKind").GetString(), From: m.GetProperty("from").GetString(), To: m.GetProperty("to").GetString(), Count: m.GetProperty("subjects").GetInt32()))
            .ToList();
        moves.ShouldContain(m => m.Kind == "person" && m.From == null && m.To == "PLAIN" && m.Count >= 1);
        moves.ShouldContain(m => m.Kind == "organization" && m.From == null && m.To == "PLAIN" && m.Count >= 1);
        moves.ShouldContain(m => m.Kind == "person" && m.From == null && m.To == "GOLD" && m.Count >= 1);
        simulation.GetProperty("moved").GetInt32().ShouldBe(simulation.GetProperty("subjects").GetInt32());
        simulation.GetProperty("moved").GetInt32().ShouldBe(moves.Sum(m => m.Count));
        simulation.GetProperty("down").GetInt32().ShouldBe(0);
        var counts = simulation.GetProperty("bands").EnumerateArray().ToList();
        counts.ShouldContain(c => c.GetProperty("subjectKind").GetString() == "person" && c.GetProperty("band").GetString() == "GOLD"
            && c.GetProperty("before").GetInt32() == 0 && c.GetProperty("after").GetInt32() >= 1);

        // Nothing changes before a second official approves.
        (await platform.ScoreAsync(diligent, tenant: "majia")).GetProperty("schemeVersion").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task ApproveSchemeDraft_WhenTheDrafterApproves_SignedInOrWithAKeyTheyIssued_Returns422FourEyes()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var ownKey = host.Factory.ApiClient((await OwnKeyAsync(official)).Secret);
        var before = await CurrentVersionAsync(official);
        var draftedSignedIn = (await DraftAsync(official)).GetProperty("id").GetGuid();
        var draftedWithKey = (await DraftAsync(ownKey)).GetProperty("id").GetGuid();

        using var sameSession = await official.PostAsync($"{Scheme}/drafts/{draftedSignedIn}/approval", null);
        using var ownKeyApproves = await ownKey.PostAsync($"{Scheme}/drafts/{draftedSignedIn}/approval", null);
        using var sessionApprovesKeyDraft = await official.PostAsync($"{Scheme}/drafts/{draftedWithKey}/approval", null);

        foreach (var refused in new[] { sameSession, ownKeyApproves, sessionApprovesKeyDraft })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("four_eyes");
        }

        (await CurrentVersionAsync(official)).ShouldBe(before);
    }

    [Fact]
    public async Task ApproveSchemeDraft_ByASecondOfficial_PublishesTheNextVersion_AndStoredScoresFollowTheNewBands()
    {
        using var platform = host.Factory.ApiClient();
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var reviewer = await host.Factory.SignedInClientAsync("rc.reviewer");
        var subject = await platform.EnrolAsync();
        (await platform.ScoreAsync(subject)).GetProperty("band").GetString().ShouldBe("A");
        var before = await CurrentVersionAsync(official);
        var id = (await DraftAsync(official, RaisedA(1002))).GetProperty("id").GetGuid();

        using var response = await reviewer.PostAsync($"{Scheme}/drafts/{id}/approval", null);

        var approved = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, approved.ToString());
        approved.GetProperty("status").GetString().ShouldBe("approved");
        approved.GetProperty("approvedVersion").GetInt32().ShouldBe(before + 1);
        approved.GetProperty("decidedBy").GetString().ShouldNotBe(approved.GetProperty("draftedBy").GetString());
        (await CurrentVersionAsync(official)).ShouldBe(before + 1);

        // The stored row was recomputed by the approval itself, before any read.
        await using (var owner = host.Factory.OpenOwnerConnection())
        {
            await using var command = new NpgsqlCommand("SELECT band, scheme_version FROM scores WHERE subject_id = $1", owner)
            {
                Parameters = { new() { Value = subject } },
            };
            await using var reader = await command.ExecuteReaderAsync();
            (await reader.ReadAsync()).ShouldBeTrue();
            reader.GetString(0).ShouldBe("B");
            reader.GetInt32(1).ShouldBe(before + 1);
        }

        var score = await platform.ScoreAsync(subject);
        score.GetProperty("band").GetString().ShouldBe("B");
        score.GetProperty("schemeVersion").GetInt32().ShouldBe(before + 1);
        using var scheme = await official.GetAsync(Scheme);
        (await scheme.ReadJsonAsync()).GetProperty("bands")[2].GetProperty("minScore").GetInt32().ShouldBe(1002);

        using var again = await reviewer.PostAsync($"{Scheme}/drafts/{id}/approval", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ApproveSchemeDraft_WhenAnotherVersionTookEffectSinceTheDraft_Returns422SchemeChanged()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var reviewer = await host.Factory.SignedInClientAsync("rc.reviewer");
        var first = (await DraftAsync(official, RaisedA(990))).GetProperty("id").GetGuid();
        var second = (await DraftAsync(official, RaisedA(980))).GetProperty("id").GetGuid();
        using var approved = await reviewer.PostAsync($"{Scheme}/drafts/{first}/approval", null);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        using var stale = await reviewer.PostAsync($"{Scheme}/drafts/{second}/approval", null);

        stale.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await stale.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("scheme_changed");
    }

    [Fact]
    public async Task RejectSchemeDraft_NeedsAReason_AndARejectedDraftCannotBeApproved()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var reviewer = await host.Factory.SignedInClientAsync("rc.reviewer");
        var id = (await DraftAsync(official)).GetProperty("id").GetGuid();

        using var noReason = await reviewer.PostAsJsonAsync($"{Scheme}/drafts/{id}/rejection", new { reason = " " });
        using var rejected = await reviewer.PostAsJsonAsync($"{Scheme}/drafts/{id}/rejection", new { reason = "Too many would fall to B." });
        using var approve = await reviewer.PostAsync($"{Scheme}/drafts/{id}/approval", null);

        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await rejected.ReadJsonAsync();
        body.GetProperty("status").GetString().ShouldBe("rejected");
        body.GetProperty("rejectionReason").GetString().ShouldBe("Too many would fall to B.");
        approve.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var list = await official.GetAsync($"{Scheme}/drafts");
        (await list.ReadJsonAsync()).EnumerateArray().ShouldContain(d => d.GetProperty("id").GetGuid() == id && d.GetProperty("status").GetString() == "rejected");
    }

    [Fact]
    public async Task DraftScheme_WhenBandsAreNotBestFirstOrARuleHoldsADroppedBand_IsRefused()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");

        using var unordered = await official.PostAsJsonAsync($"{Scheme}/drafts", new
        {
            baseScore = 1000,
            bands = new object[] { new { code = "LOW", minScore = 10 }, new { code = "HIGH", minScore = 50 } },
        });
        // DRUNK_DRIVING holds subjects at C (demo rules): a scheme without C is refused.
        using var dropsC = await official.PostAsJsonAsync($"{Scheme}/drafts", new
        {
            baseScore = 1000,
            bands = new object[] { new { code = "A", minScore = 900 }, new { code = "D", minScore = (int?)null } },
        });

        unordered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unordered.ReadJsonAsync()).GetProperty("errors").TryGetProperty("bands", out _).ShouldBeTrue();
        dropsC.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await dropsC.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("band_in_use");
    }

    [Fact]
    public async Task SchemeDrafts_OfOneJurisdiction_AreInvisibleToAnother_ThroughTheApiAndToTheDatabaseRole()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        var id = (await DraftAsync(official)).GetProperty("id").GetGuid();

        using var foreignRead = await host.Factory.ApiClient().GetAsync($"/api/v1/tenants/majia/scheme/drafts/{id}");
        using var foreignList = await host.Factory.ApiClient().GetAsync("/api/v1/tenants/majia/scheme/drafts");
        using var foreignApprove = await host.Factory.ApiClient().PostAsync($"/api/v1/tenants/majia/scheme/drafts/{id}/approval", null);

        foreignRead.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreignList.ReadJsonAsync()).EnumerateArray().ShouldNotContain(d => d.GetProperty("id").GetGuid() == id);
        foreignApprove.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var owner = host.Factory.OpenOwnerConnection();
        var rongcheng = await ScalarAsync<Guid>(owner, null, "SELECT id FROM tenants WHERE slug = 'rongcheng'");
        var majia = await ScalarAsync<Guid>(owner, null, "SELECT id FROM tenants WHERE slug = 'majia'");
        (await ScalarAsync<long>(owner, null, "SELECT count(*) FROM scheme_drafts WHERE id = $1", id)).ShouldBe(1);

        await using var app = host.Factory.OpenAppRoleConnection();
        await using (var transaction = await AsTenantAsync(app, majia))
        {
            (await ScalarAsync<long>(app, transaction, "SELECT count(*) FROM scheme_drafts WHERE id = $1", id)).ShouldBe(0);
            (await ScalarAsync<long>(app, transaction, "SELECT count(*) FROM scheme_drafts WHERE tenant_id = $1", rongcheng)).ShouldBe(0);
        }

        await using (var transaction = await AsTenantAsync(app, majia))
        {
            var error = await Should.ThrowAsync<PostgresException>(() => ScalarAsync<long>(app, transaction, """
                WITH i AS (INSERT INTO scheme_drafts (tenant_id, id, based_on_version, definition, status, drafted_by, drafted_at)
                           VALUES ($1, gen_random_uuid(), 1, '{}'::jsonb, 'Draft', 'user:x', now()) RETURNING 1)
                SELECT count(*) FROM i
                """, rongcheng));
            error.SqlState.ShouldBe("42501");
        }
    }

    private async Task<NpgsqlTransaction?> AsTenantAsync(NpgsqlConnection app, Guid tenant)
    {
        if (!host.Factory.OnCitus)
        {
            await ScalarAsync<string>(app, null, "SELECT set_config('app.tenant_id', $1, false)", tenant.ToString());
            return null;
        }

        var transaction = await app.BeginTransactionAsync();
        await CitusTenantInterceptor.SetLocalTenantAsync(app, transaction, tenant, CancellationToken.None);
        return transaction;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var a in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
