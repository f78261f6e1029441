using System.Net;
using System.Text;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.Fuzz;

/// <summary>Text PostgreSQL can't store (NUL) or that isn't Unicode (lone surrogates) is a 400, not a 500.</summary>
public sealed class StrictTextTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<HttpResponseMessage> PostRawAsync(string url, string json)
    {
        using var client = host.Factory.ApiClient();
        return await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
    }

    [Fact]
    public async Task CreateApiKey_WhenNameContainsNul_Returns400()
    {
        using var response = await PostRawAsync("/api/v1/api-keys", "{\"name\":\"a\\u0000b\",\"tenant\":\"rongcheng\",\"scopes\":[\"subjects:read\"]}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Enrol_WhenNameIsALoneSurrogate_Returns400()
    {
        using var response = await PostRawAsync("/api/v1/tenants/rongcheng/subjects",
            $"{{\"kind\":\"person\",\"identifier\":\"{TestIdentifiers.Person()}\",\"name\":\"\\uD800\"}}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Enrol_WhenNameIsMarkupAndEmoji_StoresItVerbatim()
    {
        using var response = await PostRawAsync("/api/v1/tenants/rongcheng/subjects",
            $"{{\"kind\":\"person\",\"identifier\":\"{TestIdentifiers.Person()}\",\"name\":\"<script>alert(1)</script> 😀\"}}");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.ReadJsonAsync()).GetProperty("name").GetString().ShouldBe("<script>alert(1)</script> 😀");
    }
}
