using CreditPlatform.DevCluster;
using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.Infrastructure.Persistence.Seed;

namespace CreditPlatform.Web.Hosting;

/// <summary>
/// Where the database comes from: the configured server, or (with no connection string, in Development or with
/// <c>LocalCluster:Enabled=true</c>) a local cluster started from the machine's PostgreSQL binaries under the
/// git-ignored .data folder (<see cref="LocalDevelopmentDatabase"/>, in the development-only CreditPlatform.DevCluster).
/// </summary>
public static class DatabaseStartup
{
    public const int DefaultLocalPort = 55432;

    public const string NotConfiguredMessage =
        "No database is configured: set ConnectionStrings__Default (and Database__AppPassword), or run in Development or with LocalCluster__Enabled=true to start a local PostgreSQL.";

    /// <summary>Whether, with no connection string, the local cluster may start: in Development, or when asked.</summary>
    public static bool LocalClusterAllowed(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("LocalCluster:Enabled") ?? environment.IsDevelopment();

    /// <summary>
    /// Starts the local cluster when nothing is configured and it is allowed, and feeds its settings into configuration;
    /// otherwise, with no connection string, a <see cref="LocalClusterException"/> saying so in one sentence.
    /// </summary>
    public static async Task<LocalDevelopmentDatabase?> UseLocalClusterIfUnconfiguredAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Default")))
        {
            return null;
        }

        if (!LocalClusterAllowed(builder.Configuration, builder.Environment))
        {
            throw new LocalClusterException(NotConfiguredMessage);
        }

        using var loggerFactory = LoggerFactory.Create(l => l.AddSimpleConsole());
        var port = builder.Configuration.GetValue("LocalPostgres:Port", DefaultLocalPort);
        var local = await LocalDevelopmentDatabase.StartAsync(builder.Environment.ContentRootPath, port, loggerFactory.CreateLogger("LocalPostgres"));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = local.OwnerConnectionString,
            ["Database:AppPassword"] = local.Secrets.AppPassword,
            ["Database:MigrateOnStartup"] = "true",
            ["Identifiers:HashKey"] = builder.Configuration["Identifiers:HashKey"] ?? local.Secrets.HashKey,
            ["Identifiers:EncryptionKey"] = builder.Configuration["Identifiers:EncryptionKey"] ?? local.Secrets.EncryptionKey,
        });
        return local;
    }

    /// <summary>Applies migrations (when enabled) and seeds the demo data (when enabled).</summary>
    public static async Task PrepareAsync(WebApplication app, LocalDevelopmentDatabase? local)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue("Database:MigrateOnStartup", false))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(
                configuration.GetConnectionString("Default")!, configuration["Database:AppPassword"]!);
        }

        if (configuration.GetValue("Demo:Seed", false))
        {
            await using var scope = app.Services.CreateAsyncScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeedStep>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        if (local is not null)
        {
            app.Lifetime.ApplicationStopped.Register(local.Cluster.Stop);
        }
    }
}
