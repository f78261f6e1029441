using System.Net;
using Xunit.Abstractions;

namespace CreditPlatform.IntegrationTests.Security.Matrix;

/// <summary>
/// Every endpoint of the host (API and pages, found at run time) called by every kind of caller
/// that should not get in: anonymous, a citizen, a gatherer, an official of another tenant, and a
/// key of the route's tenant without the endpoint's scope. Each answer must refuse (401/403/404, or
/// the sign-in / denied redirect for pages), never fail (5xx), and never show another tenant's data.
/// </summary>
public sealed class IsolationMatrixTests(MatrixFixture matrix, ITestOutputHelper output) : IClassFixture<MatrixFixture>
{
    /// <summary>Endpoints meant to answer differently from the rules above, each with its reason.</summary>
    /// Keyed "METHOD /route/template"; none is needed yet: public pages are marked AllowAnonymous instead.
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal);

    [Fact]
    public void Catalog_FindsApiEndpointsAndPages()
    {
        matrix.Endpoints.ShouldContain(e => e.IsApi && e.IsTenantRoute && e.Scopes.Count > 0);
        matrix.Endpoints.ShouldContain(e => !e.IsApi && e.IsPublic);
        output.WriteLine(string.Join(Environment.NewLine, matrix.Endpoints.Select(e =>
            $"{e} public={e.IsPublic} scopes=[{string.Join(',', e.Scopes)}]")));
    }

    [Fact]
    public void EveryEndpoint_DeclaresEitherAuthorizationOrAllowAnonymous()
    {
        var undeclared = matrix.Endpoints.Where(e => !e.IsPublic && !e.DeclaresAuthorization).Select(e => e.ToString()).ToList();

        undeclared.ShouldBeEmpty("Mark each with .RequireScope(...) or, if it is genuinely public, .AllowAnonymous(): " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task EveryProtectedEndpoint_WhenAnonymous_Returns401OrRedirectsToSignIn()
    {
        var violations = await RunAsync(matrix.Anonymous, Protected(), (endpoint, answer) =>
            endpoint.IsApi
                ? answer.Status == HttpStatusCode.Unauthorized ? null : "expected 401"
                : IsRedirectTo(answer, "/account/sign-in") ? null : "expected a redirect to the sign-in page");

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task EveryTenantEndpoint_WhenOfficialOfAnotherTenant_IsRefusedAndLeaksNothing()
    {
        var violations = await RunAsync(matrix.ForeignOfficial, Protected().Where(e => e.IsTenantRoute), (endpoint, answer) =>
            IsRefusal(endpoint, answer) ? null : "expected a refusal (401/403/404)");

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task EveryPlatformEndpoint_WhenOfficialOfAnotherTenant_FailsNothingAndLeaksNothing()
    {
        var violations = await RunAsync(matrix.ForeignOfficial, Protected().Where(e => !e.IsTenantRoute), (endpoint, answer) =>
            Entitled(matrix.ForeignOfficial, endpoint) != false || IsRefusal(endpoint, answer) ? null : "expected a refusal (401/403/404)");

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task EveryProtectedEndpoint_WhenCitizen_RefusesWhatCitizensMayNotDo()
    {
        var violations = await RunAsync(matrix.Citizen, Protected(), (endpoint, answer) =>
            Entitled(matrix.Citizen, endpoint) != false || IsRefusal(endpoint, answer) ? null : "expected a refusal (401/403/404)");

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task EveryProtectedEndpoint_WhenGatherer_RefusesWhatGatherersMayNotDo()
    {
        var violations = await RunAsync(matrix.Gatherer, Protected(), (endpoint, answer) =>
            Entitled(matrix.Gatherer, endpoint) != false || IsRefusal(endpoint, answer) ? null : "expected a refusal (401/403/404)");

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task EveryScopedEndpoint_WhenKeyOfTheTenantLacksTheScope_Returns403()
    {
        var violations = new List<string>();
        foreach (var endpoint in Protected().Where(e => e.Scopes.Count > 0))
        {
            foreach (var scope in endpoint.Scopes)
            {
                var caller = await matrix.KeyWithoutAsync(scope);
                violations.AddRange(await RunAsync(caller, [endpoint], (_, answer) =>
                    answer.Status == HttpStatusCode.Forbidden ? null : "expected 403"));
            }
        }

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task EveryPublicEndpoint_ForEveryCaller_NeverFails()
    {
        var violations = new List<string>();
        foreach (var caller in new[] { matrix.Anonymous, matrix.Citizen, matrix.Gatherer, matrix.ForeignOfficial })
        {
            violations.AddRange(await RunAsync(caller, matrix.Endpoints.Where(e => e.IsPublic), (_, _) => null));
        }

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    private IEnumerable<EndpointUnderTest> Protected() =>
        matrix.Endpoints.Where(e => !e.IsPublic && !Exceptions.ContainsKey(e.ToString()));

    /// <summary>
    /// Calls each endpoint with each identifier variant; collects every answer that is a server error,
    /// shows the other tenant's canary, or fails <paramref name="judge"/> (null means acceptable).
    /// </summary>
    private async Task<List<string>> RunAsync(Caller caller, IEnumerable<EndpointUnderTest> endpoints, Func<EndpointUnderTest, Answer, string?> judge)
    {
        var violations = new List<string>();
        var calls = 0;
        foreach (var endpoint in endpoints)
        {
            foreach (var id in matrix.IdentifierVariants(endpoint))
            {
                var answer = await MatrixFixture.CallAsync(caller, endpoint, id);
                calls++;
                var problem = answer.Code >= 500 ? "server error"
                    : Leaks(caller, answer) is { } leak ? "shows another tenant's subject " + leak
                    : judge(endpoint, answer);
                if (problem is not null)
                {
                    violations.Add($"{caller.Name}: {answer.Request} answered {answer.Code}{(answer.Location is null ? "" : " → " + answer.Location)}: {problem}");
                }
            }
        }

        output.WriteLine($"{caller.Name}: {calls} calls, {violations.Count} violations");
        return violations;
    }

    /// <summary>A caller's answer may name only their own tenant's canary; anonymous callers see none.</summary>
    private static string? Leaks(Caller caller, Answer answer)
    {
        if (caller.Tenant != MatrixFixture.RouteTenant && answer.Body.Contains(MatrixFixture.RongchengCanaryName, StringComparison.Ordinal))
        {
            return MatrixFixture.RongchengCanaryName;
        }

        return caller.Tenant != "spc" && answer.Body.Contains(MatrixFixture.SpcCanaryName, StringComparison.Ordinal)
            ? MatrixFixture.SpcCanaryName
            : null;
    }

    /// <summary>
    /// Whether the caller may use the endpoint: holds every scope and belongs to the route's tenant.
    /// Null when the endpoint uses other policies than scopes, whose rules this test can't know.
    /// </summary>
    private static bool? Entitled(Caller caller, EndpointUnderTest endpoint)
    {
        if (endpoint.IsTenantRoute && caller.Tenant != MatrixFixture.RouteTenant)
        {
            return false;
        }

        if (endpoint.Scopes.Any(s => !caller.Scopes.Contains(s)))
        {
            return false;
        }

        return endpoint.HasOtherPolicies ? null : true;
    }

    private static bool IsRefusal(EndpointUnderTest endpoint, Answer answer) =>
        answer.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (!endpoint.IsApi && (IsRedirectTo(answer, "/account/denied") || IsRedirectTo(answer, "/account/sign-in")));

    private static bool IsRedirectTo(Answer answer, string path) =>
        answer.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
        && answer.Location is { } location
        && new Uri(new Uri("http://host"), location).AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase);
}
