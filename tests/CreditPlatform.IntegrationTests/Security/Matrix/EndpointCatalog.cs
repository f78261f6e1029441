using System.Globalization;
using System.Text;
using CreditPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Security.Matrix;

/// <summary>One callable route and method, with what its metadata says about who may call it.</summary>
public sealed record EndpointUnderTest(
    string Method,
    RoutePattern Pattern,
    bool IsApi,
    bool IsPublic,
    bool DeclaresAuthorization,
    IReadOnlyList<string> Scopes,
    bool HasOtherPolicies,
    Type? BodyType = null,
    long? MaxBodyBytes = null)
{
    public string Route => "/" + (Pattern.RawText ?? "").TrimStart('/');
    public bool IsTenantRoute => Pattern.Parameters.Any(p => p.Name == "tenant");
    public bool HasBody => Method is "POST" or "PUT" or "PATCH";
    public bool HasIdentifierParameters => Pattern.Parameters.Any(p => p.Name != "tenant");

    public override string ToString() => $"{Method} {Route}";
}

/// <summary>
/// Every endpoint the running host serves, read from its EndpointDataSource, so a route added by
/// any area is in the matrix without anyone listing it.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<EndpointUnderTest> Discover(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var found = new List<EndpointUnderTest>();
        foreach (var endpoint in endpoints)
        {
            var metadata = endpoint.Metadata;
            var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
            var policies = authorize.Select(a => a.Policy).ToList();
            var scopes = policies.Where(p => p?.StartsWith(AccessPolicies.ForScope(""), StringComparison.Ordinal) == true)
                .Select(p => p![AccessPolicies.ForScope("").Length..])
                .Distinct()
                .ToList();
            var methods = metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var isApi = (endpoint.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("api/", StringComparison.Ordinal);
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
            {
                found.Add(new EndpointUnderTest(
                    method,
                    endpoint.RoutePattern,
                    isApi,
                    metadata.GetMetadata<IAllowAnonymous>() is not null,
                    authorize.Count > 0,
                    scopes,
                    policies.Count > scopes.Count,
                    metadata.GetMetadata<IAcceptsMetadata>()?.RequestType,
                    metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize));
            }
        }

        return found
            .DistinctBy(e => e.ToString())
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The URL with every parameter filled: the tenant from <paramref name="tenant"/>, identifiers from
    /// <paramref name="id"/>, other values plausible for their name.
    /// </summary>
    public static string Url(EndpointUnderTest endpoint, string tenant, Guid id) =>
        Url(endpoint, parameter => Value(parameter, tenant, id));

    /// <summary>The URL with every parameter's value chosen by <paramref name="value"/> (escaped here).</summary>
    public static string Url(EndpointUnderTest endpoint, Func<RoutePatternParameterPart, string> value)
    {
        var url = new StringBuilder();
        foreach (var segment in endpoint.Pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter)),
                    _ => "",
                });
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static string Value(RoutePatternParameterPart parameter, string tenant, Guid id)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (parameter.Name == "tenant")
        {
            return tenant;
        }

        if (constraints.Contains("guid") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            return id.ToString();
        }

        if (constraints.Any(c => c is "int" or "long"))
        {
            return "1";
        }

        return parameter.Name.ToLower(CultureInfo.InvariantCulture) switch
        {
            "list" => "COURT_DEFAULTERS",
            "code" or "rule" or "rulecode" => "TRAFFIC_RED_LIGHT",
            "measure" => "FLIGHT",
            "version" => "1",
            "period" or "month" => "2026-01",
            "slug" => tenant,
            _ => "sample",
        };
    }
}
