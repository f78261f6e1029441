using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class ScoreTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task GetScore_WhenAsOfIsBeforeLaterEvents_CountsOnlyWhatHadHappened()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var now = DateTimeOffset.UtcNow;
        await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", now.AddDays(-10));
        await client.RecordAsync(subject, "HEROIC_ACT", now.AddDays(-2));

        var past = await client.ScoreAsync(subject, asOf: now.AddDays(-5));
        var current = await client.ScoreAsync(subject);

        past.GetProperty("score").GetInt32().ShouldBe(995);
        past.GetProperty("band").GetString().ShouldBe("A");
        current.GetProperty("score").GetInt32().ShouldBe(1025);
    }

    [Fact]
    public async Task GetScore_WhenSchemeShowsStars_ReturnsFlagsAndStars()
    {
        using var client = host.Factory.ApiClient();
        var villager = await client.EnrolAsync("majia");
        await client.RecordAsync(villager, "DONATION", DateTimeOffset.UtcNow.AddDays(-3), 3000m, "majia");
        await client.RecordAsync(villager, "COMMUNITY_LABOUR", DateTimeOffset.UtcNow.AddDays(-2), 8m, "majia");

        var score = await client.ScoreAsync(villager, tenant: "majia");

        score.GetProperty("score").GetInt32().ShouldBe(32);
        score.GetProperty("stars").GetProperty("flags").GetInt32().ShouldBe(5);
        score.GetProperty("stars").GetProperty("stars").GetInt32().ShouldBe(2);
    }

    private static readonly object GoldAndPlain = new
    {
        baseScore = 0,
        displayStars = true,
        bands = new object[] { new { code = "GOLD", minScore = 3, measures = new[] { "RICE" } }, new { code = "PLAIN", minScore = (int?)null } },
    };

    [Fact]
    public async Task GetScore_WhenSchemeChangedAfterScoreWasStored_ReadsTheNewBands()
    {
        using var client = host.Factory.ApiClient();
        using var official = await host.Factory.SignedInClientAsync("mj.official");
        var subject = await client.EnrolAsync("majia");
        await client.RecordAsync(subject, "CLEAN_YARD", DateTimeOffset.UtcNow.AddDays(-1), tenant: "majia");

        // The change goes the way every scheme change goes: drafted by one person, approved by another.
        using var drafted = await official.PostAsJsonAsync("/api/v1/tenants/majia/scheme/drafts", GoldAndPlain);
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var id = (await drafted.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var approved = await client.PostAsync($"/api/v1/tenants/majia/scheme/drafts/{id}/approval", null);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        var score = await client.ScoreAsync(subject, tenant: "majia");
        score.GetProperty("band").GetString().ShouldBe("GOLD");
        score.GetProperty("schemeVersion").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task SetScheme_WhenTheJurisdictionHasOne_Returns409AndChangesNothing_WhateverTheCredential()
    {
        using var platform = host.Factory.ApiClient();
        using var official = await host.Factory.SignedInClientAsync("mj.official");
        using var issued = await official.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "my scheme script", tenant = "majia", scopes = new[] { "rules:write", "rules:read" } });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        using var ownKey = host.Factory.ApiClient((await issued.ReadJsonAsync()).GetProperty("secret").GetString());
        var before = (await (await platform.GetAsync("/api/v1/tenants/majia/scheme")).ReadJsonAsync()).GetProperty("version").GetInt32();

        foreach (var client in new[] { platform, official, ownKey })
        {
            using var put = await client.PutAsJsonAsync("/api/v1/tenants/majia/scheme", GoldAndPlain);

            put.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await put.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("scheme_change_needs_review");
        }

        (await (await platform.GetAsync("/api/v1/tenants/majia/scheme")).ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task SetScheme_OnANewJurisdiction_TwoCallersAtOnce_SetsItsFirstSchemeOnce_WhateverOtherJurisdictionsHave()
    {
        using var platform = host.Factory.ApiClient();
        var slug = "s" + Guid.NewGuid().ToString("N")[..10];
        using var created = await platform.PostAsJsonAsync("/api/v1/tenants",
            new { slug, nameZh = "新村" + slug, nameEn = "New Village " + slug, kind = "village", parent = "rongcheng" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var second = host.Factory.ApiClient();

        var answers = await Task.WhenAll(
            platform.PutAsJsonAsync($"/api/v1/tenants/{slug}/scheme", GoldAndPlain),
            second.PutAsJsonAsync($"/api/v1/tenants/{slug}/scheme", GoldAndPlain));

        answers.Select(a => a.StatusCode).OrderBy(c => c).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        using var scheme = await platform.GetAsync($"/api/v1/tenants/{slug}/scheme");
        (await scheme.ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task GetSubjectLedger_ShowsLegalBasisStatusAndAppealDeadline()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", DateTimeOffset.UtcNow.AddDays(-1));

        var entry = (await client.LedgerAsync(subject))[0];

        entry.GetProperty("ruleCode").GetString().ShouldBe("TRAFFIC_RED_LIGHT");
        entry.GetProperty("points").GetInt32().ShouldBe(-5);
        entry.GetProperty("legalBasis").GetString()!.ShouldContain("Road Traffic Safety Law");
        entry.GetProperty("status").GetString().ShouldBe("counted");
        (entry.GetProperty("appealDeadline").GetDateTimeOffset() - entry.GetProperty("recordedAt").GetDateTimeOffset()).ShouldBe(TimeSpan.FromDays(15));
    }

    [Fact]
    public async Task GetScore_WhenARuleHoldsTheBand_ReportsTheHeldBandWhateverTheScore()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();

        var recorded = await client.RecordAsync(subject, "DRUNK_DRIVING", DateTimeOffset.UtcNow.AddDays(-1));

        recorded.GetProperty("score").GetInt32().ShouldBe(950);
        recorded.GetProperty("band").GetString().ShouldBe("C"); // 950 alone reads as B
        (await client.ScoreAsync(subject)).GetProperty("band").GetString().ShouldBe("C");
    }

    [Fact]
    public async Task SetScheme_WhenBandsAreNotBestFirst_Returns400()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PutAsJsonAsync("/api/v1/tenants/spc/scheme", new
        {
            baseScore = 100,
            bands = new object[] { new { code = "LOW", minScore = 10 }, new { code = "HIGH", minScore = 50 } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("bands", out _).ShouldBeTrue();
    }
}
