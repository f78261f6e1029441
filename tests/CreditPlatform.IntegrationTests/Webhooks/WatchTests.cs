using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Webhooks;

/// <summary>Watches: one signed webhook per change of a watched identifier, retries carrying the same delivery id.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus), where the coordinator records the history.</remarks>
[Trait("Category", "Citus")]
public sealed class WatchTests(WebhookHostFixture host) : IClassFixture<WebhookHostFixture>
{
    private const string Secret = "a-shared-secret-of-the-bank";

    private HttpClient Client { get; } = host.Factory.ApiClient();

    /// <summary>A webhook that no list change reaches (it is subscribed to a list nobody lists on): watches only.</summary>
    private async Task<Guid> WatchOnlyWebhookAsync(WebhookReceiver receiver)
    {
        var quiet = await ListsApi.CreateListAsync(Client, "spc");
        using var response = await Client.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, lists = new[] { quiet }, secret = Secret });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Watch_GetsOneWebhookPerChange_RetriesKeepTheirDeliveryId()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        var webhook = await WatchOnlyWebhookAsync(receiver);
        var watched = TestIdentifiers.Person();
        using var created = await Client.PostAsJsonAsync("/api/v1/watches", new { identifiers = new[] { watched, TestIdentifiers.Organization() }, webhookId = webhook });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadAsStringAsync()).ShouldNotContain(watched);
        var watchId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var list = await ListsApi.CreateListAsync(Client, "spc");
        var entry = (await ListsApi.ListAsync(Client, "spc", list, watched)).GetProperty("id").GetGuid();
        await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());
        (await ListsApi.RemoveAsync(Client, "spc", list, entry)).EnsureSuccessStatusCode();

        // The first attempt is refused, so at least one delivery comes twice; deduplicated by delivery id, one per change.
        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Received.Where(r => r.AnsweredStatus == 200).Select(r => r.Delivery).Distinct().Count() == 2),
            "both changes of the watched identifier are delivered");
        var accepted = receiver.Received.Where(r => r.AnsweredStatus == 200).ToList();
        var refused = receiver.Received.Where(r => r.AnsweredStatus != 200).ShouldHaveSingleItem();
        accepted.Select(r => r.Delivery).ShouldContain(refused.Delivery);
        accepted.Select(r => r.Delivery).Distinct().Count().ShouldBe(2);
        var events = accepted.DistinctBy(r => r.Delivery).ToList();
        events.Select(r => r.Event).ShouldBe(["watch.listed", "watch.removed"], ignoreOrder: true);
        foreach (var delivery in events)
        {
            Signatures.VerifiedAt(Secret, delivery.Body, delivery.Signature).ShouldNotBeNull();
            delivery.ApiVersion.ShouldBe("v1");
            delivery.Body.ShouldNotContain(watched);
            using var payload = JsonDocument.Parse(delivery.Body);
            payload.RootElement.GetProperty("apiVersion").GetString().ShouldBe("v1");
            payload.RootElement.GetProperty("watchId").GetGuid().ShouldBe(watchId);
            var change = payload.RootElement.GetProperty("change");
            change.GetProperty("entryId").GetGuid().ShouldBe(entry);
            change.GetProperty("maskedIdentifier").GetString().ShouldBe(watched[..4] + "**********" + watched[^4..]);
        }

        // The webhook's delivery log names the same deliveries, the retried one with its two attempts.
        JsonElement log = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await Client.GetAsync($"/api/v1/webhooks/{webhook}/deliveries");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            log = await response.ReadJsonAsync();
            return log.EnumerateArray().Count(d => d.GetProperty("deliveredAt").ValueKind != JsonValueKind.Null) == 2;
        }, "the delivery log shows both deliveries delivered");
        log.EnumerateArray().Select(d => d.GetProperty("deliveryId").GetString()).ShouldBe(events.Select(e => e.Delivery), ignoreOrder: true);
        log.EnumerateArray().Single(d => d.GetProperty("deliveryId").GetString() == refused.Delivery).GetProperty("attempts").GetInt32().ShouldBe(2);
        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "webhooks:write"));
        (await other.GetAsync($"/api/v1/webhooks/{webhook}/deliveries")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Watches_AreTheCallersOwn_AndStopWhenDeleted()
    {
        var identifier = TestIdentifiers.Person();
        using var created = await Client.PostAsJsonAsync("/api/v1/watches", new { identifiers = new[] { identifier } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        using var mine = await Client.GetAsync("/api/v1/watches");
        var body = await mine.Content.ReadAsStringAsync();
        body.ShouldContain(id.ToString());
        body.ShouldNotContain(identifier);

        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));
        (await (await other.GetAsync("/api/v1/watches")).Content.ReadAsStringAsync()).ShouldNotContain(id.ToString());
        (await other.DeleteAsync($"/api/v1/watches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await Client.DeleteAsync($"/api/v1/watches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await Client.GetAsync("/api/v1/watches")).Content.ReadAsStringAsync()).ShouldNotContain(id.ToString());
        (await Client.DeleteAsync($"/api/v1/watches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Watch_WhenAnIdentifierIsInvalid_Returns400NamingItsIndexOnly()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/watches", new { identifiers = new[] { TestIdentifiers.Person(), "110105194912310021" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("identifiers[1]");
        body.ShouldNotContain("110105194912310021");
    }

    [Fact]
    public async Task Watch_WhenTheWebhookIsAnotherJurisdictions_Returns400()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await WatchOnlyWebhookAsync(receiver);
        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "checks:read"));

        using var response = await other.PostAsJsonAsync("/api/v1/watches", new { identifiers = new[] { TestIdentifiers.Person() }, webhookId = webhook });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("webhookId", out _).ShouldBeTrue();
    }
}
