using System.Net;
using System.Net.Http.Json;
using System.Text;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Lists;

namespace CreditPlatform.IntegrationTests.Checks;

/// <summary>
/// Ordinary checks are answered ahead of the endpoint pipeline; whatever that path does not take must still get the
/// endpoint's own answer, and what it does take must get the same answer the endpoint gives.
/// </summary>
public sealed class CheckFastPathTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client { get; } = host.Factory.ApiClient();

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Check_AnsweredAheadOfTheEndpoint_MatchesTheEndpointsAnswer()
    {
        var listed = TestIdentifiers.Person();
        await ListsApi.ListAsync(Client, "spc", "COURT_DEFAULTERS", listed);
        await Eventually.HoldsAsync(() => ListsApi.IsRestrictedAsync(Client, listed), "the listing restricts");
        var identifiers = new[] { listed, TestIdentifiers.Person(), "not-an-identifier" };

        // A platform key naming a jurisdiction goes through the endpoint; without one it takes the fast path.
        using var fast = await Client.PostAsJsonAsync("/api/v1/checks", new { identifiers, measure = "HSR" });
        using var endpoint = await Client.PostAsJsonAsync("/api/v1/checks", new { identifiers, measure = "HSR", tenant = "rongcheng" });

        fast.StatusCode.ShouldBe(HttpStatusCode.OK);
        endpoint.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Each answer is its own decision (id and time); everything else is the same, member for member.
        var (fastAnswer, endpointAnswer) = (await fast.ReadJsonAsync(), await endpoint.ReadJsonAsync());
        fastAnswer.GetProperty("results").GetRawText().ShouldBe(endpointAnswer.GetProperty("results").GetRawText());
        fastAnswer.EnumerateObject().Select(p => p.Name).ShouldBe(endpointAnswer.EnumerateObject().Select(p => p.Name));
        fastAnswer.GetProperty("decisionId").GetGuid().ShouldNotBe(endpointAnswer.GetProperty("decisionId").GetGuid());
        fast.Content.Headers.ContentType!.ToString().ShouldBe(endpoint.Content.Headers.ContentType!.ToString());
        fast.Content.Headers.ContentLength.ShouldNotBeNull();
        fast.Headers.GetValues("X-Correlation-Id").ShouldHaveSingleItem().ShouldNotBeNullOrEmpty();
        fast.Headers.GetValues("X-Content-Type-Options").ShouldHaveSingleItem().ShouldBe("nosniff");
    }

    [Fact]
    public async Task Check_WhenBodyIsNotJson_IsRefusedByTheEndpointWith400Problem()
    {
        using var response = await Client.PostAsync("/api/v1/checks", Json("""{"identifiers": ["""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ReadJsonAsync()).GetProperty("title").GetString().ShouldBe("The request could not be read.");
    }

    [Fact]
    public async Task Check_WhenInputIsInvalid_GetsTheEndpointsFieldErrors()
    {
        using var response = await Client.PostAsync("/api/v1/checks", Json("""{"identifiers": [], "measure": "TELEPORT"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.TryGetProperty("identifiers", out _).ShouldBeTrue();
        errors.TryGetProperty("measure", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Check_WhenKeyIsUnknown_Returns401()
    {
        using var client = host.Factory.ApiClient("cpk_not_a_key_of_this_platform");

        using var response = await client.PostAsync("/api/v1/checks", Json($$"""{"identifiers": ["{{TestIdentifiers.Person()}}"]}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Check_WhenContentTypeIsNotJson_Returns415()
    {
        using var response = await Client.PostAsync("/api/v1/checks",
            new StringContent($$"""{"identifiers": ["{{TestIdentifiers.Person()}}"]}""", Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Check_WhenBodyIsOverTheConfiguredLimit_Returns413()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?> { ["Limits:MaxBodyBytes"] = "100" });
        using var client = factory.ApiClient();
        var identifiers = string.Join(",", Enumerable.Range(0, 5).Select(_ => $"\"{TestIdentifiers.Person()}\""));

        using var response = await client.PostAsync("/api/v1/checks", Json($$"""{"identifiers": [{{identifiers}}]}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Check_WhenTheKeysBucketIsEmpty_Returns429()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimiting:ApiPermitsPerSecond"] = "1",
            ["RateLimiting:ApiBurst"] = "3",
        });
        using var client = factory.ApiClient();
        var body = $$"""{"identifiers": ["{{TestIdentifiers.Person()}}"]}""";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await client.PostAsync("/api/v1/checks", Json(body));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }

        statuses.ShouldContain(HttpStatusCode.OK);
        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
    }
}
