using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>The scrape endpoint serves the platform's business metrics beside ASP.NET Core's, in Prometheus text.</summary>
public sealed class MetricsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Metrics_AfterEventsAndChecks_ServeTheBusinessFigures()
    {
        using var client = host.Factory.ApiClient(CreditPlatformFactory.PlatformKey);
        var identifier = TestIdentifiers.Person();
        using (var enrol = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/subjects", new { kind = "person", identifier, name = "指标" }))
        {
            enrol.EnsureSuccessStatusCode();
        }

        using (var batch = await client.PostAsJsonAsync("/api/v1/tenants/rongcheng/events/batch", new
        {
            events = new object[]
            {
                new { identifier, ruleCode = "TRAFFIC_RED_LIGHT", occurredAt = DateTimeOffset.UtcNow.AddHours(-2), idempotencyKey = "metrics-1" },
                new { identifier, ruleCode = "NO_SUCH_RULE", occurredAt = DateTimeOffset.UtcNow.AddHours(-2), idempotencyKey = "metrics-2" },
            },
        }))
        {
            batch.EnsureSuccessStatusCode();
        }

        (await client.PostAsJsonAsync("/api/v1/checks", new { identifiers = new[] { identifier } })).EnsureSuccessStatusCode();

        var text = "";
        await Eventually.HoldsAsync(async () =>
        {
            text = await client.GetStringAsync("/metrics");
            return text.Contains("creditplatform_checks_total", StringComparison.Ordinal);
        }, "the scrape serves the checks counter");

        Sample(text, "creditplatform_events_accepted_total").ShouldBeGreaterThanOrEqualTo(1);
        Sample(text, "creditplatform_events_refused_total").ShouldBeGreaterThanOrEqualTo(1);
        Sample(text, "creditplatform_checks_total").ShouldBeGreaterThanOrEqualTo(1);
        text.ShouldContain("creditplatform_appeals_overdue");
        text.ShouldContain("creditplatform_outbox_backlog");
        text.ShouldContain("creditplatform_check_index_staleness");
        text.ShouldContain("http_server_request_duration_seconds");
        text.ShouldNotContain(identifier);
    }

    /// <summary>The sum of a metric's samples (every tag combination).</summary>
    private static double Sample(string text, string name) => text.Split('\n')
        .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
