using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Every way an event can be refused, one by one, without stopping the rest of its batch.</summary>
public sealed class EventErrorTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string BatchUrl = "/api/v1/tenants/rongcheng/events/batch";
    private static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);

    [Fact]
    public async Task RecordEventBatch_WhenItemsAreRefused_ReportsEachWithItsCodeAndAcceptsTheRest()
    {
        using var client = host.Factory.ApiClient();
        var person = await client.EnrolAsync();
        var organization = await client.EnrolAsync(kind: "organization");
        object Item(object? subjectId, string rule, DateTimeOffset? at = null, decimal? quantity = null, string? key = "auto") => new
        {
            subjectId,
            ruleCode = rule,
            occurredAt = at ?? Yesterday,
            quantity,
            idempotencyKey = key == "auto" ? Guid.NewGuid().ToString() : key,
        };
        object[] events =
        [
            Item(person, "HEROIC_ACT"),
            Item(person, "NO_SUCH_RULE"),
            Item(person, "HEROIC_ACT", at: new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Item(Guid.NewGuid(), "HEROIC_ACT"),
            Item(organization, "BLOOD_DONATION"),
            Item(person, "VOLUNTEER_HOURS"),
            Item(person, "VOLUNTEER_HOURS", quantity: 1000m),
            Item(person, "HEROIC_ACT", key: null),
            Item(person, "COURT_BREACH_JUDGMENT"),
            Item(person, "REPORT_COUNTERFEIT"),
        ];

        using var response = await client.PostAsJsonAsync(BatchUrl, new { events });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("accepted").GetInt32().ShouldBe(2);
        var codes = body.GetProperty("rejected").EnumerateArray()
            .ToDictionary(r => r.GetProperty("index").GetInt32(), r => r.GetProperty("errors")[0].GetProperty("code").GetString());
        codes.ShouldBe(new Dictionary<int, string?>
        {
            [1] = "unknown_rule",
            [2] = "rule_not_in_force",
            [3] = "subject_not_enrolled",
            [4] = "subject_kind_not_allowed",
            [5] = "quantity_required",
            [6] = "quantity_out_of_range",
            [7] = "idempotency_key_required",
            [8] = "document_required",
        });
        (await client.ScoreValueAsync(person)).ShouldBe(1035);
    }

    [Fact]
    public async Task RecordEventBatch_WhenOverTenThousandItems_Returns400()
    {
        using var client = host.Factory.ApiClient();
        var events = Enumerable.Range(0, 10_001)
            .Select(i => new { subjectId = Guid.Empty, ruleCode = "HEROIC_ACT", occurredAt = Yesterday, idempotencyKey = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        using var response = await client.PostAsJsonAsync(BatchUrl, new { events });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("events", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task RecordEvent_WhenRuleUnknown_Returns422ProblemWithCode()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();

        using var response = await client.PostEventAsync(subject, "NO_SUCH_RULE", Yesterday);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("unknown_rule");
    }

    [Fact]
    public async Task RecordEvent_WhenSubjectNotNamed_Returns400WithFieldError()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events", new { ruleCode = "HEROIC_ACT", occurredAt = Yesterday });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("subjectId").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task RecordEvent_WhenNamedByIdentifier_ScoresThatSubject()
    {
        using var client = host.Factory.ApiClient();
        var identifier = TestIdentifiers.Person();
        using var enrolled = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name = "按号码" });
        var subject = (await enrolled.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var response = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events", new { identifier, ruleCode = "HEROIC_ACT", occurredAt = Yesterday });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.ScoreValueAsync(subject)).ShouldBe(1030);
    }

    [Fact]
    public async Task RecordEvent_WhenCapBinds_ReportsTheEntryAsCapped()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", Yesterday.AddHours(-i));
        }

        var fourth = await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", Yesterday.AddHours(1));

        var entry = fourth.GetProperty("entries")[0];
        entry.GetProperty("points").GetInt32().ShouldBe(0);
        entry.GetProperty("capped").GetBoolean().ShouldBeTrue();
        fourth.GetProperty("score").GetInt32().ShouldBe(985);
    }
}
