using System.Net;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security;

public sealed class HostTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task HealthReady_WhenMigrated_Returns200()
    {
        using var client = host.Factory.ApiClient(null);

        using var response = await client.GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignInPage_Renders_WithAntiforgeryToken()
    {
        using var client = host.Factory.ApiClient(null);

        var html = await client.GetStringAsync("/account/sign-in");

        html.ShouldContain("__RequestVerificationToken");
        html.ShouldContain("登录");
    }

    [Fact]
    public async Task SignIn_WhenPasswordIsWrong_StaysOnFormWithMessage()
    {
        var ex = await Should.ThrowAsync<InvalidOperationException>(() => host.Factory.SignedInClientAsync("rc.official", "wrong-password"));

        ex.Message.ShouldContain("200");
    }

    [Fact]
    public async Task Swagger_DescribesTheSubjectEndpoints()
    {
        using var client = host.Factory.ApiClient(null);

        var json = await client.GetStringAsync("/swagger/v1/swagger.json");

        json.ShouldContain("/api/v1/tenants/{tenant}/subjects/lookup");
    }

    [Fact]
    public async Task AnyResponse_CarriesCorrelationId()
    {
        using var client = host.Factory.ApiClient(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-Id", "abc-123");

        using var response = await client.SendAsync(request);

        response.Headers.GetValues("X-Correlation-Id").ShouldContain("abc-123");
    }
}
