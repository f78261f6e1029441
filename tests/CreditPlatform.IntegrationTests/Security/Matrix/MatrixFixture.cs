using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.Matrix;

/// <summary>A caller of the matrix: who they are, which tenant they belong to, what they may do.</summary>
public sealed record Caller(string Name, HttpClient Client, string? Tenant, IReadOnlyCollection<string> Scopes);

/// <summary>What one call answered.</summary>
public sealed record Answer(string Request, HttpStatusCode Status, string? Location, string Body)
{
    public int Code => (int)Status;
}

/// <summary>
/// One host with a marked subject ("canary") in each of two tenants, and the callers of the
/// matrix signed in once. A canary's name in an answer to a caller of the other tenant is a leak.
/// </summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    public const string RouteTenant = "rongcheng";
    public const string RongchengCanaryName = "Canary-Rongcheng-荣成哨兵";
    public const string SpcCanaryName = "Canary-Spc-法院哨兵";

    private readonly ConcurrentDictionary<string, Task<Caller>> _keysWithout = new();
    private CreditPlatformFactory? _factory;

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");
    public IReadOnlyList<EndpointUnderTest> Endpoints { get; private set; } = [];
    public Guid RongchengCanary { get; private set; }
    public Guid SpcCanary { get; private set; }
    public Caller Anonymous { get; private set; } = null!;
    public Caller Citizen { get; private set; } = null!;
    public Caller Gatherer { get; private set; } = null!;
    public Caller ForeignOfficial { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = await CreditPlatformFactory.StartAsync();
        RongchengCanary = await EnrolAsync(RouteTenant, RongchengCanaryName);
        SpcCanary = await EnrolAsync("spc", SpcCanaryName);
        Endpoints = EndpointCatalog.Discover(Factory.Services);
        Anonymous = new Caller("anonymous", Factory.ApiClient(null), null, []);
        Citizen = new Caller("citizen zhang.wei", await Factory.SignedInClientAsync("zhang.wei"), RouteTenant, Roles.ScopesOf(Roles.Citizen));
        Gatherer = new Caller("gatherer rc.traffic", await Factory.SignedInClientAsync("rc.traffic"), RouteTenant, Roles.ScopesOf(Roles.Gatherer));
        ForeignOfficial = new Caller("official spc.official", await Factory.SignedInClientAsync("spc.official"), "spc", Roles.ScopesOf(Roles.Official));
    }

    /// <summary>A key of the route's tenant holding every tenant scope except <paramref name="scope"/>.</summary>
    public Task<Caller> KeyWithoutAsync(string scope) => _keysWithout.GetOrAdd(scope, async s =>
    {
        var scopes = Scopes.All.Where(x => x != s && x != Scopes.TenantsWrite).ToArray();
        var secret = await Factory.CreateKeyAsync(RouteTenant, scopes);
        return new Caller($"{RouteTenant} key without {s}", Factory.ApiClient(secret), RouteTenant, scopes);
    });

    /// <summary>Identifier values to try in a route: unknown, this tenant's canary, the other tenant's canary.</summary>
    public IReadOnlyList<Guid> IdentifierVariants(EndpointUnderTest endpoint) =>
        endpoint.HasIdentifierParameters ? [Guid.NewGuid(), RongchengCanary, SpcCanary] : [Guid.NewGuid()];

    public static async Task<Answer> CallAsync(Caller caller, EndpointUnderTest endpoint, Guid id)
    {
        var url = EndpointCatalog.Url(endpoint, RouteTenant, id);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        if (endpoint.HasBody)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await caller.Client.SendAsync(request);
        return new Answer($"{endpoint.Method} {url}", response.StatusCode, response.Headers.Location?.ToString(),
            await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> EnrolAsync(string tenant, string name)
    {
        using var client = Factory.ApiClient();
        using var response = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/subjects",
            new { kind = "person", identifier = TestIdentifiers.Person(), name });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        foreach (var caller in new[] { Anonymous, Citizen, Gatherer, ForeignOfficial }.Where(c => c is not null))
        {
            caller.Client.Dispose();
        }

        foreach (var key in _keysWithout.Values)
        {
            (await key).Client.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
