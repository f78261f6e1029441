using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.Infrastructure.MultiTenancy;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Lists;

/// <summary>A jurisdiction's authority drafts a list with its policy; another person approves it before it is published.</summary>
public sealed class ListDraftTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Drafts = "/api/v1/tenants/rongcheng/list-drafts";

    private static object Proposal(string code) => new
    {
        code,
        name = "荣成市欠薪失信名单",
        kind = "black",
        sector = "wage_arrears",
        scope = "local",
        legalBasis = "《保障农民工工资支付条例》第四十八条",
        defaultDurationDays = 365,
        legalRepresentative = "restricted",
        representativeMeasures = new[] { "FLIGHT" },
        measures = new[] { "FLIGHT", "GOV_TENDER" },
        appealWindowDays = 20,
        minimumDaysBeforeRepair = 90,
    };

    private static async Task<Guid> DraftAsync(HttpClient drafter, string code)
    {
        using var response = await drafter.PostAsJsonAsync(Drafts, Proposal(code));
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        body.GetProperty("status").GetString().ShouldBe("draft");
        return body.GetProperty("id").GetGuid();
    }

    private static async Task<bool> ListExistsAsync(HttpClient client, string code)
    {
        using var response = await client.GetAsync("/api/v1/tenants/rongcheng/lists");
        return (await response.ReadJsonAsync()).EnumerateArray().Any(l => l.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task ApproveListDraft_ByASecondOfficial_PublishesTheListWithItsPolicy()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var reviewer = await host.Factory.SignedInClientAsync("rc.reviewer");
        var code = ListsApi.NewCode();
        var id = await DraftAsync(official, code);
        (await ListExistsAsync(official, code)).ShouldBeFalse();

        using var approved = await reviewer.PostAsync($"{Drafts}/{id}/approval", null);

        var body = await approved.ReadJsonAsync();
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("status").GetString().ShouldBe("approved");
        body.GetProperty("draftedBy").GetString().ShouldNotStartWith("user:");
        using var list = await official.GetAsync($"/api/v1/tenants/rongcheng/lists/{code}");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = await list.ReadJsonAsync();
        policy.GetProperty("kind").GetString().ShouldBe("black");
        policy.GetProperty("defaultDurationDays").GetInt32().ShouldBe(365);
        policy.GetProperty("appealWindowDays").GetInt32().ShouldBe(20);
        policy.GetProperty("minimumDaysBeforeRepair").GetInt32().ShouldBe(90);
        policy.GetProperty("legalRepresentative").GetString().ShouldBe("restricted");
        using var again = await reviewer.PostAsync($"{Drafts}/{id}/approval", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ApproveListDraft_WhenTheDrafterApproves_SignedInOrWithAKeyTheyIssued_Returns422FourEyes()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var issued = await official.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "my list script", tenant = "rongcheng", scopes = new[] { "lists:write", "lists:read" } });
        var key = await issued.ReadJsonAsync();
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, key.ToString());
        using var ownKey = host.Factory.ApiClient(key.GetProperty("secret").GetString()!);
        var code = ListsApi.NewCode();
        var id = await DraftAsync(official, code);

        using var signedIn = await official.PostAsync($"{Drafts}/{id}/approval", null);
        using var withKey = await ownKey.PostAsync($"{Drafts}/{id}/approval", null);

        foreach (var refused in new[] { signedIn, withKey })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("four_eyes");
        }

        (await ListExistsAsync(official, code)).ShouldBeFalse();
    }

    [Fact]
    public async Task DraftList_IsHeldToThePolicyRulesOfACreatedList_AndRejectionNeedsAReason()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        using var reviewer = await host.Factory.SignedInClientAsync("rc.reviewer");

        using var mismatch = await official.PostAsJsonAsync(Drafts, new
        {
            code = ListsApi.NewCode(), name = "错配", kind = "black", sector = "court", scope = "local",
            legalBasis = "Test", defaultDurationDays = 30, measures = new[] { "CUSTOMS_INSPECTION_RATE" },
        });
        mismatch.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await mismatch.ReadJsonAsync()).GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith("measures", StringComparison.OrdinalIgnoreCase));

        var code = ListsApi.NewCode();
        var id = await DraftAsync(official, code);
        using var duplicate = await official.PostAsJsonAsync(Drafts, Proposal(code));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var noReason = await reviewer.PostAsJsonAsync($"{Drafts}/{id}/rejection", new { reason = "" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var rejected = await reviewer.PostAsJsonAsync($"{Drafts}/{id}/rejection", new { reason = "Duration too long." });
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var approve = await reviewer.PostAsync($"{Drafts}/{id}/approval", null);
        approve.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ListExistsAsync(official, code)).ShouldBeFalse();
    }

    [Fact]
    public async Task ListDrafts_OfOneJurisdiction_AreInvisibleToAnother_ThroughTheApiAndToTheDatabaseRole()
    {
        using var official = await host.Factory.SignedInClientAsync("rc.official");
        var id = await DraftAsync(official, ListsApi.NewCode());
        using var platform = host.Factory.ApiClient();

        using var foreignList = await platform.GetAsync("/api/v1/tenants/majia/list-drafts");
        using var foreignApprove = await platform.PostAsync($"/api/v1/tenants/majia/list-drafts/{id}/approval", null);

        (await foreignList.ReadJsonAsync()).EnumerateArray().ShouldNotContain(d => d.GetProperty("id").GetGuid() == id);
        foreignApprove.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var owner = host.Factory.OpenOwnerConnection();
        var rongcheng = await ScalarAsync<Guid>(owner, null, "SELECT id FROM tenants WHERE slug = 'rongcheng'");
        var majia = await ScalarAsync<Guid>(owner, null, "SELECT id FROM tenants WHERE slug = 'majia'");
        (await ScalarAsync<long>(owner, null, "SELECT count(*) FROM list_drafts WHERE id = $1", id)).ShouldBe(1);

        await using var app = host.Factory.OpenAppRoleConnection();
        await using (var transaction = await AsTenantAsync(app, majia))
        {
            (await ScalarAsync<long>(app, transaction, "SELECT count(*) FROM list_drafts WHERE tenant_id = $1", rongcheng)).ShouldBe(0);
        }

        await using (var transaction = await AsTenantAsync(app, majia))
        {
            var error = await Should.ThrowAsync<PostgresException>(() => ScalarAsync<long>(app, transaction, """
                WITH i AS (INSERT INTO list_drafts (tenant_id, id, code, name, proposal, status, drafted_by, drafted_at)
                           VALUES ($1, gen_random_uuid(), 'X', 'x', '{}'::jsonb, 'Draft', 'user:x', now()) RETURNING 1)
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
