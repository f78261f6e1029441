using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.Application.Lists;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using CreditPlatform.IntegrationTests.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>Every event the subject must hear of produces its notice, and the notice reaches their e-mail exactly once.</summary>
public sealed class NoticeKindTests(MailHostFixture host) : IClassFixture<MailHostFixture>
{
    private sealed record Enrolled(Guid Id, string Identifier, string Email);

    private DateTimeOffset Now => host.Clock.GetUtcNow();

    [Fact]
    public async Task Deduction_WhenRecorded_IsNoticedAndMailedOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "rongcheng");

        await client.RecordAsync(subject.Id, "CONTRACT_BREACH", Now.AddDays(-1));

        var notice = await DeliveredOnceAsync(client, "rongcheng", subject, "deduction");
        notice.GetProperty("textZh").GetString()!.ShouldContain("扣");
    }

    [Fact]
    public async Task Deduction_WhenCapTakesItToZeroPoints_IsStillNoticedSayingSo()
    {
        using var drafter = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        using var approver = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        var code = ScoringApi.NewRuleCode();
        await drafter.DraftAndApproveAsync(approver, ScoringApi.FixedRule(code, -10, effectiveFrom: Now.AddYears(-1),
            caps: [new { periodDays = 365, maxPoints = 10 }]));
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "rongcheng");
        await client.RecordAsync(subject.Id, code, Now.AddDays(-2));

        var second = await client.RecordAsync(subject.Id, code, Now.AddDays(-1));

        second.GetProperty("entries")[0].GetProperty("points").GetInt32().ShouldBe(0);
        var notices = await AppealsApi.NoticesOfKindAsync(host.Factory, client, subject.Id, "deduction", count: 2);
        notices.Count.ShouldBe(2);
        var capped = notices.Single(n => n.GetProperty("textEn").GetString()!.Contains("a cap limited", StringComparison.Ordinal));
        capped.GetProperty("textEn").GetString()!.ShouldStartWith("0 points were deducted");
        capped.GetProperty("textZh").GetString()!.ShouldContain("应扣10分");
        await MailedOnceAsync(capped, subject.Email);
    }

    [Fact]
    public async Task Listing_WhenMade_IsNoticedAndMailedOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "spc");

        await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", subject.Identifier);

        await DeliveredOnceAsync(client, "spc", subject, "listing");
    }

    [Fact]
    public async Task FileAppeal_WhenListSuspendsOnAppeal_NoticesSuspensionAndFiling()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "samr", "organization");
        var listed = await ListsApi.ListAsync(client, "samr", "FOOD_SAFETY", subject.Identifier, "organization");

        using var filed = await AppealsApi.FileAsync(client, listEntryId: listed.GetProperty("id").GetGuid(), tenant: "samr");

        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        await DeliveredOnceAsync(client, "samr", subject, "suspension");
        await DeliveredOnceAsync(client, "samr", subject, "appealFiled");
    }

    [Fact]
    public async Task RemoveListEntry_WhenRemoved_IsNoticedAndMailedOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "spc");
        var listed = await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", subject.Identifier);

        using var removed = await ListsApi.RemoveAsync(client, "spc", "COURT_DEFAULTERS", listed.GetProperty("id").GetGuid());

        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var notice = await DeliveredOnceAsync(client, "spc", subject, "removal");
        notice.GetProperty("textEn").GetString()!.ShouldContain("performed");
    }

    [Fact]
    public async Task ListExpiry_WhenEntryLapses_IsNoticedAndMailedOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "spc");
        await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", subject.Identifier, expiresAt: Now.AddDays(3));
        host.Clock.Advance(TimeSpan.FromDays(4));

        await host.Factory.Services.GetRequiredService<IListExpiryJob>().RunOnceAsync();

        var notice = await DeliveredOnceAsync(client, "spc", subject, "expiry");
        notice.GetProperty("textEn").GetString()!.ShouldContain("lapsed");
    }

    [Fact]
    public async Task AppealDecisionAndFiling_WhenAppealIsFiledAndDecided_AreNoticedAndMailedOnce()
    {
        using var recorder = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "events:write", "appeals:write", "subjects:write", "subjects:read"));
        using var reviewer = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "appeals:decide", "subjects:read"));
        var subject = await EnrolAsync(recorder, "rongcheng");
        var entry = AppealsApi.EntryId(await recorder.RecordAsync(subject.Id, "CONTRACT_BREACH", Now.AddDays(-1)));
        using var filed = await AppealsApi.FileAsync(recorder, ledgerEntryId: entry);
        var appeal = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var decided = await AppealsApi.DecideAsync(reviewer, appeal, "rejected");

        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        await DeliveredOnceAsync(recorder, "rongcheng", subject, "appealFiled");
        await DeliveredOnceAsync(recorder, "rongcheng", subject, "appealDecision");
    }

    [Fact]
    public async Task Escalation_WhenDecisionIsLate_IsNoticedAndMailedOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "rongcheng");
        var entry = AppealsApi.EntryId(await client.RecordAsync(subject.Id, "CONTRACT_BREACH", Now.AddDays(-1)));
        (await AppealsApi.FileAsync(client, ledgerEntryId: entry)).Dispose();
        host.Clock.Advance(TimeSpan.FromDays(30));

        await AppealsApi.RunJobAsync(host.Factory, "appeal-escalation");

        await DeliveredOnceAsync(client, "rongcheng", subject, "appealEscalated");
    }

    [Fact]
    public async Task AppealWindowReminder_WhenWindowClosesInThreeDays_IsNoticedOnceWithTheDays()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "rongcheng");
        await client.RecordAsync(subject.Id, "CONTRACT_BREACH", Now.AddDays(-1));
        var deadline = (await AppealsApi.NoticesOfKindAsync(host.Factory, client, subject.Id, "deduction")).Single().GetProperty("appealDeadline").GetDateTimeOffset();
        host.Clock.Advance(deadline - Now - TimeSpan.FromDays(2.5));

        await AppealsApi.RunJobAsync(host.Factory, "appeal-window-reminder");
        await AppealsApi.RunJobAsync(host.Factory, "appeal-window-reminder");

        var notice = await DeliveredOnceAsync(client, "rongcheng", subject, "appealWindowClosing");
        notice.GetProperty("textEn").GetString()!.ShouldContain("ends in 3 days");
    }

    [Fact]
    public async Task RepairEligibility_WhenMinimumDaysHavePassed_IsNoticedOnce()
    {
        using var client = host.Factory.ApiClient();
        var subject = await EnrolAsync(client, "samr", "organization");
        await ListsApi.ListAsync(client, "samr", "FOOD_SAFETY", subject.Identifier, "organization", expiresAt: Now.AddDays(700));
        await AppealsApi.RunJobAsync(host.Factory, "repair-eligibility");
        (await KindsAsync(client, "samr", subject.Id)).ShouldNotContain("repairEligible");
        host.Clock.Advance(TimeSpan.FromDays(366));

        await AppealsApi.RunJobAsync(host.Factory, "repair-eligibility");
        await AppealsApi.RunJobAsync(host.Factory, "repair-eligibility");

        var notice = await DeliveredOnceAsync(client, "samr", subject, "repairEligible");
        notice.GetProperty("textEn").GetString()!.ShouldContain("From today");
    }

    [Fact]
    public async Task ConfirmIdentification_WhenOrganisationHasRepresentative_NoticesBothAndLinksTheRepresentative()
    {
        using var client = host.Factory.ApiClient();
        var list = await ListsApi.CreateListAsync(client, "rongcheng", legalRepresentative: "coListed");
        var organisation = await EnrolAsync(client, "rongcheng", "organization", withRepresentative: true);
        var representative = await RepresentativeWithEmailAsync(client, organisation);
        using var held = await ListsApi.AddEntryAsync(client, "rongcheng", list, new
        {
            kind = "organization", name = "测试公司", pendingIdentification = true, reason = "拒不履行", documentNumber = "(2026)测01执7号",
        });
        var entry = (await held.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var confirmed = await client.PostAsJsonAsync($"/api/v1/tenants/rongcheng/lists/{list}/entries/{entry}/identification", new { subjectId = organisation.Id });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        (await confirmed.ReadJsonAsync()).GetProperty("linked")[0].GetProperty("role").GetString().ShouldBe("coListed");
        await DeliveredOnceAsync(client, "rongcheng", organisation, "identificationConfirmed");
        await DeliveredOnceAsync(client, "rongcheng", representative, "coListing");
    }

    private static async Task<Enrolled> EnrolAsync(HttpClient client, string tenant, string kind = "person", bool withRepresentative = false)
    {
        var identifier = kind == "person" ? TestIdentifiers.Person() : TestIdentifiers.Organization();
        var email = $"s.{Guid.NewGuid():N}@example.cn";
        using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/subjects", new
        {
            kind, identifier, name = "通知测试", contact = new { email },
            legalRepresentative = withRepresentative ? new { identifier = TestIdentifiers.Person(), name = "法定代表人" } : null,
        });
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        return new Enrolled(body.GetProperty("id").GetGuid(), identifier, email);
    }

    private static async Task<Enrolled> RepresentativeWithEmailAsync(HttpClient client, Enrolled organisation)
    {
        using var read = await client.GetAsync($"/api/v1/tenants/rongcheng/subjects/{organisation.Id}");
        var rep = (await read.ReadJsonAsync()).GetProperty("legalRepresentative").GetProperty("id").GetGuid();
        var email = $"r.{Guid.NewGuid():N}@example.cn";
        using var changed = await client.PutAsJsonAsync($"/api/v1/tenants/rongcheng/subjects/{rep}/contact", new { email });
        changed.EnsureSuccessStatusCode();
        return new Enrolled(rep, "", email);
    }

    private static async Task<List<string>> KindsAsync(HttpClient client, string tenant, Guid subject) =>
        [.. (await AppealsApi.NotificationsAsync(client, subject, tenant)).EnumerateArray().Select(n => n.GetProperty("kind").GetString()!)];

    /// <summary>The subject's one notice of <paramref name="kind"/>, after its e-mail has arrived exactly once.</summary>
    private async Task<JsonElement> DeliveredOnceAsync(HttpClient client, string tenant, Enrolled subject, string kind)
    {
        var notices = await AppealsApi.NoticesOfKindAsync(host.Factory, client, subject.Id, kind, tenant: tenant);
        notices.Count.ShouldBe(1, $"one {kind} notice; the subject has {string.Join(", ", await KindsAsync(client, tenant, subject.Id))}");
        await MailedOnceAsync(notices[0], subject.Email);
        return notices[0];
    }

    private async Task MailedOnceAsync(JsonElement notice, string email)
    {
        var id = notice.GetProperty("id").GetGuid();
        var dispatcher = host.Factory.Services.GetRequiredService<OutboxDispatcher>();
        await Eventually.HoldsAsync(async () =>
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
            return host.Inbox.About(id).Count > 0;
        }, "the notice's e-mail arrives");
        await dispatcher.RunOnceAsync(CancellationToken.None);
        var mail = host.Inbox.About(id).ShouldHaveSingleItem();
        mail.To.Mailboxes.Single().Address.ShouldBe(email);
        mail.TextBody!.ShouldContain(notice.GetProperty("textZh").GetString()!);
    }
}
