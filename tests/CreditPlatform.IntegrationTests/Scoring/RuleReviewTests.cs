using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A reviewer may refuse a draft with a reason; retiring a live rule takes a second official too.</summary>
public sealed class RuleReviewTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Rules = "/api/v1/tenants/rongcheng/rules";

    /// <summary>A new rule drafted by one official; the other reviews it.</summary>
    private async Task<(ScoringApi.Officials Officials, string Code)> DraftedAsync()
    {
        var officials = await host.Factory.SignedInOfficialsAsync();
        var code = ScoringApi.NewRuleCode();
        using var drafted = await officials.Drafter.PostAsJsonAsync(Rules, ScoringApi.FixedRule(code, -5));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (officials, code);
    }

    /// <summary>A rule in force, drafted by one official and approved by the other.</summary>
    private async Task<(ScoringApi.Officials Officials, string Code)> ApprovedAsync()
    {
        var officials = await host.Factory.SignedInOfficialsAsync();
        var code = ScoringApi.NewRuleCode();
        await officials.Drafter.DraftAndApproveAsync(officials.Approver, ScoringApi.FixedRule(code, -5));
        return (officials, code);
    }

    [Fact]
    public async Task RejectRule_WhenReviewerGivesAReason_TheDrafterReadsItAndMayDraftAgain()
    {
        var (officials, code) = await DraftedAsync();
        using var pair = officials;
        var (drafter, reviewer) = officials;

        using var rejected = await reviewer.PostAsJsonAsync($"{Rules}/{code}/versions/1/rejection", new { reason = "Cite the article of the regulation." });

        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var seen = await drafter.RuleVersionAsync(code, 1);
        seen.GetProperty("status").GetString().ShouldBe("rejected");
        seen.GetProperty("rejectionReason").GetString().ShouldBe("Cite the article of the regulation.");
        seen.GetProperty("rejectedBy").GetString().ShouldNotBe(seen.GetProperty("draftedBy").GetString());
        using var again = await drafter.PostAsJsonAsync(Rules, ScoringApi.FixedRule(code, -5));
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await again.ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task RejectRule_WhenNoReasonIsGiven_Returns400OnTheReason()
    {
        var (officials, code) = await DraftedAsync();
        using var pair = officials;
        var (drafter, reviewer) = officials;

        using var rejected = await reviewer.PostAsJsonAsync($"{Rules}/{code}/versions/1/rejection", new { reason = " " });

        rejected.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rejected.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await drafter.RuleVersionAsync(code, 1)).GetProperty("status").GetString().ShouldBe("draft");
    }

    [Fact]
    public async Task ApproveRule_WhenTheDraftWasRejected_Returns409()
    {
        var (officials, code) = await DraftedAsync();
        using var pair = officials;
        var (drafter, reviewer) = officials;
        using var rejected = await reviewer.PostAsJsonAsync($"{Rules}/{code}/versions/1/rejection", new { reason = "No." });

        using var approved = await reviewer.PostAsync($"{Rules}/{code}/versions/1/approval", null);

        approved.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ConfirmRuleRetirement_WhenTheOfficialWhoAskedConfirms_Returns422FourEyesAndTheRuleStaysInForce()
    {
        var (officials, code) = await ApprovedAsync();
        using var pair = officials;
        var (drafter, reviewer) = officials;
        using var asked = await drafter.PostAsync($"{Rules}/{code}/retirement", null);
        asked.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        using var confirmed = await drafter.PostAsync($"{Rules}/{code}/retirement/confirmation", null);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await confirmed.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("four_eyes");
        var rule = await drafter.RuleVersionAsync(code, 1);
        rule.GetProperty("status").GetString().ShouldBe("active");
        rule.GetProperty("retirementRequest").GetProperty("requestedBy").GetString().ShouldBe(rule.GetProperty("draftedBy").GetString());
    }

    [Fact]
    public async Task ConfirmRuleRetirement_WhenASecondOfficialConfirms_RetiresTheRule()
    {
        var (officials, code) = await ApprovedAsync();
        using var pair = officials;
        var (drafter, reviewer) = officials;
        using var asked = await drafter.PostAsync($"{Rules}/{code}/retirement", null);

        using var confirmed = await reviewer.PostAsync($"{Rules}/{code}/retirement/confirmation", null);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confirmed.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("retired");
    }

    [Fact]
    public async Task ConfirmRuleRetirement_WhenNobodyAsked_Returns409()
    {
        var (officials, code) = await ApprovedAsync();
        using var pair = officials;
        var (drafter, reviewer) = officials;

        using var confirmed = await reviewer.PostAsync($"{Rules}/{code}/retirement/confirmation", null);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await drafter.RuleVersionAsync(code, 1)).GetProperty("status").GetString().ShouldBe("active");
    }
}
