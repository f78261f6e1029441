using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.Web.Endpoints.OpenApi;

namespace CreditPlatform.IntegrationTests.Web;

/// <summary>
/// The served OpenAPI document is complete enough to build a client on. When
/// <c>CREDITPLATFORM_OPENAPI_OUT</c> names a file, the document is written there for the linters of
/// <c>scripts/lint-openapi.sh</c> (which <c>.ci/run</c> runs after the suite).
/// </summary>
public sealed partial class OpenApiDocumentTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Document_DescribesEveryOperation_WithParametersSecurityAndProblems()
    {
        var json = await FetchAsync();
        var document = JsonNode.Parse(json)!.AsObject();

        document["servers"]!.AsArray().Count.ShouldBe(1);
        document["servers"]![0]!["url"]!.GetValue<string>().ShouldBe(host.Factory.BaseAddress.ToString().TrimEnd('/'));
        document["components"]!["securitySchemes"]![ApiDocumentation.ApiKeyScheme]!["name"]!.GetValue<string>().ShouldBe("X-Api-Key");
        document["components"]!["schemas"]!["ProblemDetails"].ShouldNotBeNull();

        var seen = new HashSet<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                var operation = item![method]!.AsObject();
                var name = operation["operationId"]?.GetValue<string>();
                var where = $"{method.ToUpperInvariant()} {path}";
                name.ShouldNotBeNull(where);
                seen.Add(name).ShouldBeTrue($"operation name {name} used twice");
                operation["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(where);
                operation["description"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(where);
                operation["tags"]!.AsArray().Count.ShouldBeGreaterThan(0, where);
                operation["security"].ShouldNotBeNull(where);

                var declared = (operation["parameters"]?.AsArray() ?? [])
                    .Where(p => p!["in"]!.GetValue<string>() == "path")
                    .Select(p => p!["name"]!.GetValue<string>())
                    .ToHashSet();
                foreach (Match parameter in RouteParameter().Matches(path))
                {
                    declared.ShouldContain(parameter.Groups[1].Value, where);
                }

                var responses = operation["responses"]!.AsObject();
                foreach (var status in new[] { "400", "429", "503" })
                {
                    responses[status]!["content"]!["application/problem+json"].ShouldNotBeNull($"{where} {status}");
                }

                if (operation["security"]!.AsArray().Count > 0)
                {
                    responses["401"].ShouldNotBeNull(where);
                    responses["403"].ShouldNotBeNull(where);
                    operation["description"]!.GetValue<string>().ShouldContain("Requires the scope", Case.Sensitive, where);
                }

                if (method is "post" or "put" or "delete")
                {
                    responses["422"].ShouldNotBeNull(where);
                }
            }
        }

        // Every text of the reference is for an operation the app maps, and every operation has one.
        seen.Order().ShouldBe(ApiReference.Operations.Keys.Order());
        var tags = document["tags"]!.AsArray().Select(t => (t!["name"]!.GetValue<string>(), t["description"]?.GetValue<string>()));
        tags.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t.Item2));
    }

    [Fact]
    public async Task Document_GivesExamplesOfTheMainRequests()
    {
        var document = JsonNode.Parse(await FetchAsync())!;

        var enrol = document["paths"]!["/api/v1/tenants/{tenant}/subjects"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"];
        enrol!["kind"]!.GetValue<string>().ShouldBe("person");
        var check = document["paths"]!["/api/v1/checks"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"];
        check!["identifiers"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SwaggerUi_OutsideDevelopment_IsServedOnlyWhenAskedFor()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?> { ["OpenApi:SwaggerUi"] = "false" });
        using var client = factory.ApiClient(null);

        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(ApiDocumentation.DocumentPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> FetchAsync()
    {
        using var client = host.Factory.ApiClient(null);
        var json = await client.GetStringAsync(ApiDocumentation.DocumentPath);
        if (Environment.GetEnvironmentVariable("CREDITPLATFORM_OPENAPI_OUT") is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, json);
        }

        return json;
    }

    [GeneratedRegex(@"\{([^}:?]+)")]
    private static partial Regex RouteParameter();
}
