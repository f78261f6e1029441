using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Webhooks;

public sealed class WebhookTests(WebhookHostFixture host) : IClassFixture<WebhookHostFixture>
{
    private const string Secret = "a-shared-secret-of-the-airline";

    private HttpClient Client { get; } = host.Factory.ApiClient();

    private async Task<string> SubscribeAsync(WebhookReceiver receiver, string list)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, lists = new[] { list }, secret = Secret });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Signed over its timestamp and body under the secret, at a moment of this test; a changed body is not.</summary>
    private static void ShouldBeSigned(ReceivedWebhook delivery, DateTimeOffset since)
    {
        var at = Signatures.VerifiedAt(Secret, delivery.Body, delivery.Signature);
        at.ShouldNotBeNull(delivery.Signature);
        at.Value.ToUnixTimeSeconds().ShouldBeInRange(since.ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Signatures.VerifiedAt(Secret, delivery.Body + " ", delivery.Signature).ShouldBeNull();
        Signatures.VerifiedAt("another secret", delivery.Body, delivery.Signature).ShouldBeNull();
        delivery.ApiVersion.ShouldBe("v1");
    }

    [Fact]
    public async Task AddEntry_WhenListIsSubscribed_DeliversASignedMessageWithTheMaskedIdentifier()
    {
        var since = DateTimeOffset.UtcNow;
        await using var receiver = await WebhookReceiver.StartAsync();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        await SubscribeAsync(receiver, list);
        var identifier = TestIdentifiers.Person();

        var created = await ListsApi.ListAsync(Client, "spc", list, identifier);

        await Eventually.HoldsAsync(() => Task.FromResult(!receiver.Received.IsEmpty), "the subscriber receives the listing");
        var delivery = receiver.Received.Single();
        ShouldBeSigned(delivery, since);
        delivery.Event.ShouldBe("listEntry.created");
        using var payload = JsonDocument.Parse(delivery.Body);
        var entry = payload.RootElement.GetProperty("entry");
        entry.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        entry.GetProperty("list").GetString().ShouldBe(list);
        entry.GetProperty("maskedIdentifier").GetString().ShouldBe(identifier[..4] + "**********" + identifier[^4..]);
        delivery.Body.ShouldNotContain(identifier);
    }

    [Fact]
    public async Task Delivery_WhenReceiverFailsOnce_IsRetriedUntilAccepted()
    {
        var since = DateTimeOffset.UtcNow;
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        var list = await ListsApi.CreateListAsync(Client, "spc");
        await SubscribeAsync(receiver, list);

        await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());

        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Received.Any(r => r.AnsweredStatus == 200)), "a retry is accepted");
        var attempts = receiver.Received.ToList();
        attempts[0].AnsweredStatus.ShouldBe(500);
        attempts[1].Delivery.ShouldBe(attempts[0].Delivery);
        ShouldBeSigned(attempts[1], since);
        await Eventually.HoldsAsync(async () =>
        {
            await using var owner = host.Factory.OpenOwnerConnection();
            await using var command = new NpgsqlCommand("SELECT attempts FROM outbox_messages WHERE id = $1 AND delivered_at IS NOT NULL", owner);
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(attempts[1].Delivery!) });
            return await command.ExecuteScalarAsync() is 2;
        }, "the outbox records the delivery after two attempts");
    }

    [Fact]
    public async Task Removal_WhenListIsSubscribed_DeliversTheRemovalWithItsReason()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        await SubscribeAsync(receiver, list);
        var created = await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());

        (await ListsApi.RemoveAsync(Client, "spc", list, created.GetProperty("id").GetGuid(), "appealUpheld")).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Received.Any(r => r.Event == "listEntry.removed")), "the subscriber hears of the removal");
        using var payload = JsonDocument.Parse(receiver.Received.First(r => r.Event == "listEntry.removed").Body);
        payload.RootElement.GetProperty("entry").GetProperty("removalReason").GetString().ShouldBe("appealUpheld");
    }

    [Fact]
    public async Task Subscribe_WhenListIsAnotherTenantsLocalList_Returns400()
    {
        var list = await ListsApi.CreateListAsync(Client, "rongcheng", scope: "local");
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "webhooks:write"));

        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook", lists = new[] { list } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Subscribe_WhenKeyLacksWebhookScope_Returns403()
    {
        using var client = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("rongcheng", "lists:read"));

        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
    [Fact]
    public async Task RotateSecret_DuringTheOverlap_SignsUnderBothSecretsAndAfterAZeroOverlapOnlyUnderTheNew()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var list = await ListsApi.CreateListAsync(Client, "spc");
        var webhook = await SubscribeAsync(receiver, list);
        const string next = "the-airline-s-next-shared-secret";

        using (var rotated = await Client.PostAsJsonAsync($"/api/v1/webhooks/{webhook}/secret", new { secret = next, overlapHours = 2 }))
        {
            rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
            var answer = await rotated.ReadJsonAsync();
            answer.GetProperty("secret").ValueKind.ShouldBe(JsonValueKind.Null);
            answer.GetProperty("previousSecretValidUntil").GetDateTimeOffset().ShouldBeInRange(DateTimeOffset.UtcNow.AddHours(1.9), DateTimeOffset.UtcNow.AddHours(2.1));
        }

        await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());
        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Received.Count == 1), "the listing is delivered");
        var during = receiver.Received.Single();
        during.Signature!.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)).ShouldBe(2);
        Signatures.VerifiedAt(next, during.Body, during.Signature).ShouldNotBeNull("a receiver that switched verifies");
        Signatures.VerifiedAt(Secret, during.Body, during.Signature).ShouldNotBeNull("a receiver that has not switched yet verifies");

        // A second rotation with no overlap: the generated secret alone signs from now on.
        string generated;
        using (var rotated = await Client.PostAsJsonAsync($"/api/v1/webhooks/{webhook}/secret", new { overlapHours = 0 }))
        {
            rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
            var answer = await rotated.ReadJsonAsync();
            generated = answer.GetProperty("secret").GetString()!;
            answer.GetProperty("previousSecretValidUntil").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        await ListsApi.ListAsync(Client, "spc", list, TestIdentifiers.Person());
        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Received.Count == 2), "the second listing is delivered");
        var after = receiver.Received.Last();
        after.Signature!.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)).ShouldBe(1);
        Signatures.VerifiedAt(generated, after.Body, after.Signature).ShouldNotBeNull();
        Signatures.VerifiedAt(next, after.Body, after.Signature).ShouldBeNull();
        Signatures.VerifiedAt(Secret, after.Body, after.Signature).ShouldBeNull();
    }

    [Fact]
    public async Task RotateSecret_OfAnotherJurisdictionsWebhookOrWithALongOverlap_IsRefused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await SubscribeAsync(receiver, await ListsApi.CreateListAsync(Client, "spc"));

        using (var tooLong = await Client.PostAsJsonAsync($"/api/v1/webhooks/{webhook}/secret", new { overlapHours = 169 }))
        {
            tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var other = host.Factory.ApiClient(await host.Factory.CreateKeyAsync("majia", "webhooks:write"));
        using var foreign = await other.PostAsJsonAsync($"/api/v1/webhooks/{webhook}/secret", new { });
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
