using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.Hardening;

/// <summary>The limits are lowered here (the factory otherwise sets them out of reach) and must bite.</summary>
public sealed class RateLimitTests
{
    private static Task<CreditPlatformFactory> StartAsync(string key, string value) =>
        CreditPlatformFactory.StartAsync(new Dictionary<string, string?> { [key] = value, ["RateLimiting:ApiBurst"] = "3" });

    /// <summary>Sends until the first 429 (or 30 tries); returns it, or null.</summary>
    private static async Task<HttpResponseMessage?> FirstRefusalAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < 30; i++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
        }

        return null;
    }

    [Fact]
    public async Task Api_WhenAKeyExceedsItsBucket_Returns429ProblemWithRetryAfter()
    {
        await using var factory = await StartAsync("RateLimiting:ApiPermitsPerSecond", "1");
        using var client = factory.ApiClient();

        using var refused = await FirstRefusalAsync(() => client.GetAsync("/api/v1/tenants/rongcheng/audit/verification"));

        refused.ShouldNotBeNull();
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Api_WhenOneKeyIsLimited_AnotherKeyIsStillServed()
    {
        await using var factory = await StartAsync("RateLimiting:ApiPermitsPerSecond", "1");
        using var busy = factory.ApiClient();
        using var other = factory.ApiClient(await factory.CreateKeyAsync("rongcheng", "audit:read"));
        using var refused = await FirstRefusalAsync(() => busy.GetAsync("/api/v1/tenants/rongcheng/audit/verification"));
        refused.ShouldNotBeNull();

        using var response = await other.GetAsync("/api/v1/tenants/rongcheng/audit/verification");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_WhenOneAddressPostsTooOften_Returns429()
    {
        await using var factory = await StartAsync("RateLimiting:SignInPerMinute", "3");
        using var client = factory.NewClient();

        using var refused = await FirstRefusalAsync(() => client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "rc.official",
            ["Input.Password"] = "wrong-password",
        })));

        refused.ShouldNotBeNull();
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task PublicPages_WhenOneAddressAsksTooOften_Returns429()
    {
        await using var factory = await StartAsync("RateLimiting:PublicPerMinute", "3");
        using var client = factory.NewClient();

        using var refused = await FirstRefusalAsync(() => client.GetAsync("/public/rongcheng"));

        refused.ShouldNotBeNull();
    }

    [Fact]
    public async Task SignInPage_WhenOnlyRead_IsNotLimitedLikeSignInAttempts()
    {
        await using var factory = await StartAsync("RateLimiting:SignInPerMinute", "3");
        using var client = factory.NewClient();

        var refused = await FirstRefusalAsync(() => client.GetAsync("/account/sign-in"));

        refused.ShouldBeNull();
    }
}
