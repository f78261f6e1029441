using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a real loopback port, over its own copy of the migrated database, seeded with
/// the demo data. Everything it logs is captured so tests can inspect it.
/// </summary>
public sealed partial class CreditPlatformFactory : WebApplicationFactory<Program>
{
    public const string PlatformKey = "test-platform-key-with-every-scope";

    private readonly PostgresServer _server;
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    private CreditPlatformFactory(PostgresServer server, string database, IDictionary<string, string?>? overrides, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _server = server;
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = server.OwnerConnectionString(database),
            ["Database:AppPassword"] = server.AppPassword,
            ["Database:MigrateOnStartup"] = "true",
            ["Demo:Seed"] = "true",
            ["Demo:ApiKey"] = PlatformKey,
            ["Identifiers:HashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Identifiers:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // Tests hammer the host from one address with few keys; RateLimitTests lowers these again.
            ["RateLimiting:ApiPermitsPerSecond"] = "1000000",
            ["RateLimiting:ApiBurst"] = "1000000",
            ["RateLimiting:SignInPerMinute"] = "1000000",
            ["RateLimiting:PublicPerMinute"] = "1000000",
            // The host runs as "Testing": Swagger UI is on only because it is asked for (OpenApiDocumentTests turns it off).
            ["OpenApi:SwaggerUi"] = "true",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public string Database { get; }

    /// <summary>The database is on a Citus coordinator with two workers (CREDITPLATFORM_TEST_CITUS=1).</summary>
    public bool OnCitus => _server.OnCitus;
    public ConcurrentQueue<string> Logs { get; } = new();
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>Starts a host whose clock is <paramref name="clock"/>.</summary>
    public static Task<CreditPlatformFactory> StartWithClockAsync(FakeTimeProvider clock) =>
        StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));

    /// <summary>Starts a host over a fresh database; <paramref name="services"/> may replace services (e.g. the clock).</summary>
    public static async Task<CreditPlatformFactory> StartAsync(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var server = await PostgresServer.GetAsync();
        var factory = new CreditPlatformFactory(server, await server.CreateDatabaseAsync(), overrides, services);
        factory.Start();
        return factory;
    }

    /// <summary>
    /// Starts a host over a database of the caller's own server (e.g. a cluster a fault test restarts):
    /// the host migrates it at start-up like a fresh deployment would.
    /// </summary>
    public static CreditPlatformFactory StartOn(PostgresServer server, string database, IDictionary<string, string?>? overrides = null)
    {
        var factory = new CreditPlatformFactory(server, database, overrides);
        factory.Start();
        return factory;
    }

    /// <summary>A second host over the same database (e.g. to prove cross-instance behaviour).</summary>
    public CreditPlatformFactory StartSibling(Action<IServiceCollection>? services = null)
    {
        var sibling = new CreditPlatformFactory(_server, Database, _settings, services ?? _services);
        sibling.Start();
        return sibling;
    }

    /// <summary>The loopback address Kestrel listens on.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    private void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        ClientOptions.BaseAddress = BaseAddress;
    }

    public NpgsqlConnection OpenOwnerConnection()
    {
        var connection = new NpgsqlConnection(_server.OwnerConnectionString(Database));
        connection.Open();
        return connection;
    }

    public NpgsqlConnection OpenAppRoleConnection()
    {
        var connection = new NpgsqlConnection(_server.AppConnectionString(Database));
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    /// <summary>A plain HTTP client to the real port: no redirects followed, cookies kept.</summary>
    public HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>A client with the given API key (or none).</summary>
    public HttpClient ApiClient(string? apiKey = PlatformKey)
    {
        var client = NewClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>A client signed in through the real sign-in form (antiforgery token included).</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = "Demo-Pass-2026")
    {
        var client = NewClient();
        var form = await client.GetStringAsync("/account/sign-in");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await response.Content.ReadAsStringAsync();
            var error = SignInError().Match(page).Groups[1].Value;
            throw new InvalidOperationException($"Sign-in of {userName} failed with {(int)response.StatusCode}: {error}");
        }

        return client;
    }

    /// <summary>Creates a key through the API with the platform key, returns its secret.</summary>
    public async Task<string> CreateKeyAsync(string? tenant, params string[] scopes)
    {
        using var client = ApiClient();
        using var response = await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "test key", tenant, scopes });
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<CreatedKey>();
        return body!.Secret;
    }

    private sealed record CreatedKey(Guid Id, string Secret);

    /// <summary>
    /// Like <see cref="HttpResponseMessage.EnsureSuccessStatusCode"/>, but a failure names what the host said: the problem
    /// document and the host's last warnings and errors (a 503 logs the exception types and SQL state behind it).
    /// </summary>
    public async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        var logged = Logs.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)).TakeLast(3);
        throw new HttpRequestException(
            $"{(int)response.StatusCode} {response.StatusCode}: {body}{Environment.NewLine}The host last logged:{Environment.NewLine}{string.Join(Environment.NewLine, logged)}",
            null, response.StatusCode);
    }

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex SignInError();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Idle pooled connections of this database outlive the host; close them so a long run
        // doesn't exhaust the server's connection slots.
        foreach (var key in new[] { "ConnectionStrings:Default" })
        {
            if (_settings.TryGetValue(key, out var owner) && owner is not null)
            {
                using var ownerConnection = new NpgsqlConnection(owner);
                NpgsqlConnection.ClearPool(ownerConnection);
                using var appConnection = new NpgsqlConnection(_server.AppConnectionString(Database));
                NpgsqlConnection.ClearPool(appConnection);
            }
        }

        GC.SuppressFinalize(this);
    }
}
