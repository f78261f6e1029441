using System.Net;
using System.Net.Http.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Subjects;

/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class EnrolSubjectTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Url = "/api/v1/tenants/rongcheng/subjects";

    [Fact]
    public async Task Enrol_WhenPersonIsValid_Returns201WithMaskedIdentifier()
    {
        using var client = host.Factory.ApiClient();
        var id = TestIdentifiers.Person();

        using var response = await client.PostAsJsonAsync(Url, new { kind = "person", identifier = id, name = "王芳" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        body.GetProperty("maskedIdentifier").GetString().ShouldBe(id[..4] + "**********" + id[^4..]);
        body.GetProperty("kind").GetString().ShouldBe("person");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(id);
    }

    [Fact]
    public async Task Enrol_WhenOrganizationNamesLegalRepresentative_EnrolsBoth()
    {
        using var client = host.Factory.ApiClient();
        var rep = TestIdentifiers.Person();

        using var response = await client.PostAsJsonAsync(Url, new
        {
            kind = "organization",
            identifier = TestIdentifiers.Organization(),
            name = "荣成海洋食品有限公司",
            legalRepresentative = new { identifier = rep, name = "刘强" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        body.GetProperty("legalRepresentative").GetProperty("name").GetString().ShouldBe("刘强");
        using var lookup = await client.PostAsJsonAsync(Url + "/lookup", new { identifier = rep });
        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Enrol_WhenAlreadyEnrolled_Returns409()
    {
        using var client = host.Factory.ApiClient();
        var id = TestIdentifiers.Person();
        (await client.PostAsJsonAsync(Url, new { kind = "person", identifier = id, name = "甲" })).EnsureSuccessStatusCode();

        using var again = await client.PostAsJsonAsync(Url, new { kind = "person", identifier = id.ToLowerInvariant(), name = "甲" });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("person", "110105194912310021", "identifier")]   // wrong check digit
    [InlineData("person", "11010519491331002X", "identifier")]   // month 13
    [InlineData("organization", "91350100M000100Y44", "identifier")]
    [InlineData("robot", "11010519491231002X", "kind")]
    public async Task Enrol_WhenInputIsInvalid_Returns400ProblemWithFieldError(string kind, string identifier, string field)
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Url, new { kind, identifier, name = "某人" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.ReadJsonAsync();
        body.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(identifier);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"kind\": 5, \"identifier\": [1,2], \"name\": {}}")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Enrol_WhenBodyIsMalformed_Returns400Problem(string body)
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Lookup_WhenNotEnrolled_Returns404()
    {
        using var client = host.Factory.ApiClient();

        using var response = await client.PostAsJsonAsync(Url + "/lookup", new { identifier = TestIdentifiers.Person() });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Enrol_WhenIdentifierPosted_NeverAppearsInLogs()
    {
        using var client = host.Factory.ApiClient();
        var id = TestIdentifiers.Person();
        var bad = id[..17] + (id[17] == '0' ? '1' : '0');

        (await client.PostAsJsonAsync(Url, new { kind = "person", identifier = id, name = "日志测试" })).EnsureSuccessStatusCode();
        await client.PostAsJsonAsync(Url + "/lookup", new { identifier = id });
        await client.PostAsJsonAsync(Url, new { kind = "person", identifier = bad, name = "日志测试" });

        host.Factory.Logs.ShouldNotBeEmpty();
        host.Factory.Logs.ShouldContain(l => l.Contains("/subjects", StringComparison.Ordinal));
        host.Factory.Logs.ShouldAllBe(l => !l.Contains(id) && !l.Contains(bad));
    }
}
