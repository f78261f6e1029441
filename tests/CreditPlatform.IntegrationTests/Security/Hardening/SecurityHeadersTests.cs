using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.Hardening;

public sealed partial class SecurityHeadersTests(HostFixture host) : IClassFixture<HostFixture>
{
    /// <summary>A page, an API success, an API refusal, an unknown path and a server-side problem page.</summary>
    private static readonly string[] Paths = ["/account/sign-in", "/health/live", "/api/v1/tenants/rongcheng/subjects/lookup", "/nowhere", "/api/v1/tenants/atlantis/audit"];

    private async Task<List<HttpResponseMessage>> GetAllAsync()
    {
        var client = host.Factory.ApiClient(null);
        var responses = new List<HttpResponseMessage>();
        foreach (var path in Paths)
        {
            responses.Add(await client.GetAsync(path));
        }

        return responses;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [Fact]
    public async Task EveryResponse_CarriesContentSecurityPolicy_SelfOnlyWithoutInlineScript()
    {
        foreach (var response in await GetAllAsync())
        {
            var csp = Header(response, "Content-Security-Policy");
            csp.ShouldContain("default-src 'self'", customMessage: response.RequestMessage!.RequestUri!.ToString());
            ScriptSource().Match(csp).Value.ShouldBe("script-src 'self'");
            csp.ShouldContain("frame-ancestors 'none'");
        }
    }

    [Fact]
    public async Task EveryResponse_CarriesNoSniff()
    {
        foreach (var response in await GetAllAsync())
        {
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        }
    }

    [Fact]
    public async Task EveryResponse_RefusesFraming()
    {
        foreach (var response in await GetAllAsync())
        {
            Header(response, "X-Frame-Options").ShouldBe("DENY");
        }
    }

    [Fact]
    public async Task EveryResponse_SendsNoReferrer()
    {
        foreach (var response in await GetAllAsync())
        {
            Header(response, "Referrer-Policy").ShouldBe("no-referrer");
        }
    }

    [Fact]
    public async Task StrictTransportSecurity_InTesting_IsNotSent()
    {
        foreach (var response in await GetAllAsync())
        {
            Header(response, "Strict-Transport-Security").ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task StrictTransportSecurity_InProduction_IsSentOnEveryResponse()
    {
        await using var production = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var client = production.ApiClient(null);

        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(path);
            Header(response, "Strict-Transport-Security").ShouldStartWith("max-age=", customMessage: path);
        }
    }

    [Fact]
    public async Task Pages_ContainNoInlineScript()
    {
        using var client = host.Factory.ApiClient(null);

        foreach (var path in new[] { "/", "/account/sign-in", "/account/denied", "/swagger/index.html" })
        {
            var html = await client.GetStringAsync(path);
            InlineScript().IsMatch(html).ShouldBeFalse(path);
            InlineHandler().IsMatch(html).ShouldBeFalse(path);
        }
    }

    [GeneratedRegex("script-src [^;]*")]
    private static partial Regex ScriptSource();

    // A <script> element without a src attribute carries its code inline.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
