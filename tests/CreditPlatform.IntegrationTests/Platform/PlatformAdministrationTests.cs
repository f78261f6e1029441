using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Platform;

/// <summary>
/// Jurisdictions and accounts administered through the API: who may do what, the e-mailed one-time link (it works once
/// and expires on the business clock), and the audit trail. Own host: it creates jurisdictions and users and moves the clock.
/// </summary>
public sealed partial class PlatformAdministrationTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    private CreditPlatformFactory Factory => host.Factory;

    private static string NewSlug() => "t" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<JsonElement> CreateTenantAsync(HttpClient client, string slug, string? parent = "rongcheng", string kind = "village")
    {
        using var created = await client.PostAsJsonAsync("/api/v1/tenants", new { slug, nameZh = "新村" + slug, nameEn = "New Village " + slug, kind, parent });
        var body = await created.ReadJsonAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        return body;
    }

    [Fact]
    public async Task CreateTenant_ByThePlatform_Returns201WithItsPlaceInTheHierarchy_And409WhenTheSlugIsTaken()
    {
        using var platform = Factory.ApiClient();
        var slug = NewSlug();

        var created = await CreateTenantAsync(platform, slug);

        created.GetProperty("slug").GetString().ShouldBe(slug);
        created.GetProperty("nameEn").GetString().ShouldBe("New Village " + slug);
        created.GetProperty("parent").GetString().ShouldBe("rongcheng");
        created.GetProperty("kind").GetString().ShouldBe("village");
        using var again = await platform.PostAsJsonAsync("/api/v1/tenants", new { slug, nameZh = "另一个", nameEn = "Another", kind = "city" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("slug_taken");
        using var one = await platform.GetAsync($"/api/v1/tenants/{slug}");
        var read = await one.ReadJsonAsync();
        read.GetProperty("path").EnumerateArray().Select(p => p.GetString()).ShouldBe(["rongcheng"]);
        using var all = await platform.GetAsync("/api/v1/tenants?search=" + slug);
        (await all.ReadJsonAsync()).EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ShouldBe([slug]);
        using var parent = await platform.GetAsync("/api/v1/tenants/rongcheng");
        (await parent.ReadJsonAsync()).GetProperty("children").EnumerateArray().Select(c => c.GetString()).ShouldContain(slug);
    }

    [Fact]
    public async Task CreateTenant_WithBadFields_Returns400WithEachField()
    {
        using var platform = Factory.ApiClient();

        using var refused = await platform.PostAsJsonAsync("/api/v1/tenants", new { slug = "Bad Slug", nameZh = "", nameEn = "x", kind = "planet" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.ReadJsonAsync()).GetProperty("errors");
        errors.TryGetProperty("slug", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("nameZh", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("kind", out _).ShouldBeTrue(errors.ToString());
    }

    [Theory]
    [InlineData("rc.official")]
    [InlineData("mj.gatherer")]
    public async Task CreateTenant_ByAJurisdictionsOwnPeople_Returns403(string user)
    {
        using var client = await Factory.SignedInClientAsync(user);

        using var refused = await client.PostAsJsonAsync("/api/v1/tenants", new { slug = NewSlug(), nameZh = "村", nameEn = "Village", kind = "village" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RenameAndMove_ChangeNamesAndParent_ButNeverUnderItsOwnSubJurisdiction()
    {
        using var platform = Factory.ApiClient();
        var upper = NewSlug();
        var lower = NewSlug();
        await CreateTenantAsync(platform, upper, parent: null, kind: "county");
        await CreateTenantAsync(platform, lower, parent: upper);

        using var renamed = await platform.PutAsJsonAsync($"/api/v1/tenants/{upper}/names", new { nameZh = "新县", nameEn = "New County" });
        using var cycle = await platform.PutAsJsonAsync($"/api/v1/tenants/{upper}/parent", new { parent = lower });
        using var self = await platform.PutAsJsonAsync($"/api/v1/tenants/{upper}/parent", new { parent = upper });
        using var moved = await platform.PutAsJsonAsync($"/api/v1/tenants/{lower}/parent", new { parent = "rongcheng" });
        using var top = await platform.PutAsJsonAsync($"/api/v1/tenants/{upper}/parent", new { parent = (string?)null });

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await renamed.ReadJsonAsync()).GetProperty("nameZh").GetString().ShouldBe("新县");
        cycle.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await cycle.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("hierarchy_cycle");
        self.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.ReadJsonAsync()).GetProperty("parent").GetString().ShouldBe("rongcheng");
        top.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await top.ReadJsonAsync()).GetProperty("parent").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task CloseTenant_RefusesNewEventsAndListings_ButStaysReadable()
    {
        using var platform = Factory.ApiClient();
        var slug = NewSlug();
        await CreateTenantAsync(platform, slug);
        using var beforeClosing = await platform.PostAsJsonAsync($"/api/v1/tenants/{slug}/events",
            new { identifier = "11010519491231002X", ruleCode = "LITTERING", occurredAt = DateTimeOffset.UtcNow.AddDays(-1) });

        using var closed = await platform.PostAsync($"/api/v1/tenants/{slug}/closure", null);
        using var afterClosing = await platform.PostAsJsonAsync($"/api/v1/tenants/{slug}/events",
            new { identifier = "11010519491231002X", ruleCode = "LITTERING", occurredAt = DateTimeOffset.UtcNow.AddDays(-1) });
        using var read = await platform.GetAsync($"/api/v1/tenants/{slug}");
        using var rules = await platform.GetAsync($"/api/v1/tenants/{slug}/rules");

        // Before closing: a new jurisdiction has no scheme yet, and says so.
        (await beforeClosing.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no_scheme");
        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.ReadJsonAsync()).GetProperty("closed").GetBoolean().ShouldBeTrue();
        afterClosing.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await afterClosing.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("jurisdiction_closed");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        rules.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task InviteUser_TheEmailedLinkSetsThePasswordOnce_AndTheOfficialSignsIn()
    {
        using var platform = Factory.ApiClient();
        var slug = NewSlug();
        await CreateTenantAsync(platform, slug);
        var userName = slug + ".official";
        var email = $"{userName}@example.cn";

        using var invited = await platform.PostAsJsonAsync($"/api/v1/tenants/{slug}/users",
            new { userName, displayName = "Li Ming 李明", role = "official", department = "Village Committee 村委会", email });
        var body = await invited.ReadJsonAsync();

        invited.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        body.GetProperty("role").GetString().ShouldBe("official");
        body.GetProperty("invitationExpiresAt").GetDateTimeOffset().ShouldBe(host.Clock.GetUtcNow().AddDays(3), TimeSpan.FromSeconds(1));
        var link = await LinkSentToAsync(email);
        using var anonymous = Factory.NewClient();
        var form = await anonymous.GetStringAsync(link);
        form.ShouldContain("name=\"Password\"");
        using var set = await PostPasswordAsync(anonymous, link, form, "Village-Pass-2026");
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var official = await Factory.SignedInClientAsync(userName, "Village-Pass-2026");
        using var home = await official.GetAsync("/admin");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Used once: the same link no longer sets a password.
        var again = await anonymous.GetStringAsync(link);
        again.ShouldNotContain("name=\"Password\"");
        using var replay = await PostPasswordAsync(anonymous, link, form, "Other-Pass-2026!");
        replay.StatusCode.ShouldBe(HttpStatusCode.Gone);
        await Should.ThrowAsync<InvalidOperationException>(() => Factory.SignedInClientAsync(userName, "Other-Pass-2026!"));
    }

    [Fact]
    public async Task InviteUser_TheLinkExpires_AndAResetSendsANewOneThatReplacesIt()
    {
        using var platform = Factory.ApiClient();
        var slug = NewSlug();
        await CreateTenantAsync(platform, slug);
        var email = $"{slug}.gatherer@example.cn";
        using var invited = await platform.PostAsJsonAsync($"/api/v1/tenants/{slug}/users",
            new { userName = slug + ".gatherer", displayName = "Ma Li 马丽", role = "gatherer", email });
        var id = (await invited.ReadJsonAsync()).GetProperty("id").GetGuid();
        var first = await LinkSentToAsync(email);
        using var anonymous = Factory.NewClient();

        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var expired = await anonymous.GetStringAsync(first);
        using var reset = await platform.PostAsync($"/api/v1/tenants/{slug}/users/{id}/password-reset", null);
        var second = await LinkSentToAsync(email, skip: 1);

        expired.ShouldNotContain("name=\"Password\"");
        expired.ShouldContain("data-state=\"expired\"");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.ShouldNotBe(first);
        (await anonymous.GetStringAsync(second)).ShouldContain("name=\"Password\"");
        var replaced = await anonymous.GetStringAsync(first);
        replaced.ShouldNotContain("name=\"Password\"");
        replaced.ShouldContain("data-state=\"invalid\"");
    }

    [Fact]
    public async Task Officials_ManageTheirGatherersOnly_AndGatherersNothing()
    {
        using var official = await Factory.SignedInClientAsync("rc.official");
        using var gatherer = await Factory.SignedInClientAsync("mj.gatherer");
        using var villageOfficial = await Factory.SignedInClientAsync("mj.official");
        var name = NewSlug();

        using var officialInvitesOfficial = await official.PostAsJsonAsync("/api/v1/tenants/rongcheng/users",
            new { userName = name + ".o", displayName = "A", role = "official", email = "a@example.cn" });
        using var officialInvitesReviewer = await official.PostAsJsonAsync("/api/v1/tenants/rongcheng/users",
            new { userName = name + ".r", displayName = "B", role = "reviewer", email = "b@example.cn" });
        using var officialInvitesGatherer = await official.PostAsJsonAsync("/api/v1/tenants/rongcheng/users",
            new { userName = name + ".g", displayName = "C", role = "gatherer", department = "Traffic 交警", email = "c@example.cn" });
        var gathererId = (await officialInvitesGatherer.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var promote = await official.PutAsJsonAsync($"/api/v1/tenants/rongcheng/users/{gathererId}/role", new { role = "official" });
        using var gathererInvites = await gatherer.PostAsJsonAsync("/api/v1/tenants/majia/users",
            new { userName = name + ".x", displayName = "D", role = "gatherer", email = "d@example.cn" });
        using var gathererLists = await gatherer.GetAsync("/api/v1/tenants/majia/users");
        using var otherTenant = await villageOfficial.PostAsJsonAsync("/api/v1/tenants/rongcheng/users",
            new { userName = name + ".y", displayName = "E", role = "gatherer", email = "e@example.cn" });
        using var otherTenantReset = await villageOfficial.PostAsync($"/api/v1/tenants/majia/users/{gathererId}/password-reset", null);
        var reviewerId = await UserIdAsync(official, "rongcheng", "rc.reviewer");
        using var disableOfficial = await official.PostAsync($"/api/v1/tenants/rongcheng/users/{reviewerId}/disablement", null);
        using var resetGatherer = await official.PostAsync($"/api/v1/tenants/rongcheng/users/{gathererId}/password-reset", null);

        officialInvitesOfficial.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        officialInvitesReviewer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        officialInvitesGatherer.StatusCode.ShouldBe(HttpStatusCode.Created);
        promote.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        gathererInvites.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        gathererLists.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        otherTenantReset.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        disableOfficial.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        resetGatherer.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task InviteUser_WithATakenUserNameOrBadFields_Returns409Or400()
    {
        using var platform = Factory.ApiClient();

        using var taken = await platform.PostAsJsonAsync("/api/v1/tenants/rongcheng/users",
            new { userName = "rc.official", displayName = "Li Na", role = "official", email = "li.na@example.cn" });
        using var bad = await platform.PostAsJsonAsync("/api/v1/tenants/rongcheng/users",
            new { userName = "", displayName = "", role = "mayor", email = "not an address" });

        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "role", "email" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field + " in " + errors);
        }
    }

    [Fact]
    public async Task ThePlatform_ChangesRoles_AndEveryActionIsAudited()
    {
        using var platform = Factory.ApiClient();
        var slug = NewSlug();
        await CreateTenantAsync(platform, slug);
        using var invited = await platform.PostAsJsonAsync($"/api/v1/tenants/{slug}/users",
            new { userName = slug + ".person", displayName = "Zhou Yu 周瑜", role = "gatherer", email = slug + "@example.cn" });
        var id = (await invited.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var promoted = await platform.PutAsJsonAsync($"/api/v1/tenants/{slug}/users/{id}/role", new { role = "reviewer" });
        using var listed = await platform.GetAsync($"/api/v1/tenants/{slug}/users?search=Zhou");
        using var disabled = await platform.PostAsync($"/api/v1/tenants/{slug}/users/{id}/disablement", null);

        promoted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await promoted.ReadJsonAsync()).GetProperty("role").GetString().ShouldBe("reviewer");
        var page = await listed.ReadJsonAsync();
        page.GetProperty("total").GetInt32().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("displayName").GetString().ShouldBe("Zhou Yu 周瑜");
        disabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var connection = Factory.OpenOwnerConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT array_agg(a.action ORDER BY a.id) FROM audit_log a JOIN tenants t ON t.id = a.tenant_id WHERE t.slug = $1
            """;
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = slug });
        var actions = (string[])(await command.ExecuteScalarAsync())!;
        actions.ShouldBe(["InviteUser", "ChangeUserRole", "DisableUser"]);
        await using var platformAudit = connection.CreateCommand();
        platformAudit.CommandText = "SELECT count(*) FROM audit_log WHERE tenant_id = '00000000-0000-0000-0000-000000000000' AND action = 'CreateTenant'";
        ((long)(await platformAudit.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
    }

    private static async Task<Guid> UserIdAsync(HttpClient client, string tenant, string userName)
    {
        using var listed = await client.GetAsync($"/api/v1/tenants/{tenant}/users?search={userName}&pageSize=100");
        var page = await listed.ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();
    }

    /// <summary>The path and query of the set-password link in the e-mail sent to <paramref name="address"/> (after <paramref name="skip"/> earlier ones).</summary>
    private async Task<string> LinkSentToAsync(string address, int skip = 0)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(host.Inbox.To(address).Count > skip), "the invitation reaches the SMTP server");
        var mail = host.Inbox.To(address)[skip];
        mail.TextBody.ShouldNotBeNull();
        mail.TextBody.ShouldContain("/account/set-password");
        var link = new Uri(SetPasswordLink().Match(mail.TextBody).Value);
        link.GetLeftPart(UriPartial.Authority).ShouldBe(Factory.BaseAddress.GetLeftPart(UriPartial.Authority));
        return link.PathAndQuery;
    }

    private static async Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string link, string form, string password)
    {
        var fields = new Dictionary<string, string>
        {
            ["Password"] = password,
            ["Confirm"] = password,
            ["__RequestVerificationToken"] = Antiforgery().Match(form).Groups[1].Value,
        };
        return await client.PostAsync(link, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"https?://\S+/account/set-password\?\S+")]
    private static partial Regex SetPasswordLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
