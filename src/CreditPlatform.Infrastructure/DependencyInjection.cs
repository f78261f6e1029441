using CreditPlatform.Application.ApiKeys;
using CreditPlatform.Application.Audit;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Portal;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Audit;
using CreditPlatform.Infrastructure.Identity;
using CreditPlatform.Infrastructure.Jobs;
using CreditPlatform.Infrastructure.Lists;
using CreditPlatform.Infrastructure.MultiTenancy;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.Infrastructure.Persistence.Seed;
using CreditPlatform.Infrastructure.Scoring;
using CreditPlatform.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CreditPlatform.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Configuration: <c>ConnectionStrings:Default</c> is the owner's connection (migrations);
    /// the application itself connects as the <c>creditplatform_app</c> role with
    /// <c>Database:AppPassword</c>, so row-level security applies to every query it makes.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var owner = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
        var appPassword = configuration["Database:AppPassword"]
            ?? throw new InvalidOperationException("Database:AppPassword is not configured.");
        var appConnection = DatabaseMigrator.AppConnectionString(owner, appPassword);

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<TenantConnectionInterceptor>();
        services.AddScoped<IJurisdictionHop, JurisdictionHop>();
        services.AddScoped<CreditPlatform.Application.Common.Abstractions.IAdvisoryLocks, Persistence.Locking.AdvisoryLocks.ForRequest>();
        // Reads across jurisdictions or grouped in SQL, each behind a named interface of the Application.
        services.AddScoped<CreditPlatform.Application.Lists.IListCatalogue, Persistence.Reads.ListCatalogue>();
        services.AddScoped<CreditPlatform.Application.Lists.INationalListings, Persistence.Reads.NationalListings>();
        services.AddScoped<CreditPlatform.Application.Appeals.IAppealsElsewhere, Persistence.Reads.AppealsElsewhere>();
        services.AddScoped<CreditPlatform.Application.Reports.IScoreReportLookup, Persistence.Reads.ScoreReportLookup>();
        services.AddScoped<CreditPlatform.Application.Dashboard.IDashboardFigures, Persistence.Reads.DashboardFigures>();
        services.AddScoped<CreditPlatform.Application.Simulations.ISimulationEvents, Persistence.Reads.SimulationEventStream>();
        services.AddScoped<CreditPlatform.Application.Scoring.Schemes.ISchemeStandings, Persistence.Reads.SchemeStandingsReader>();
        services.AddScoped<CreditPlatform.Application.Transparency.ITransparencyFigures, Persistence.Reads.TransparencyFigures>();
        services.AddSingleton<DatabaseEngine>();
        services.AddScoped<CitusTenantInterceptor>();
        services.AddSingleton(new NpgsqlDataSourceBuilder(appConnection).Build());
        services.AddDbContext<AppDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(sp.GetRequiredService<TenantConnectionInterceptor>(), sp.GetRequiredService<CitusTenantInterceptor>()));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton<IIdentifierProtector, IdentifierProtector>();
        services.AddScoped<IAuditChainVerifier, AuditChainVerifier>();
        services.AddSingleton<CreditPlatform.Application.Portal.ICheckHistory, Checks.CheckHistory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<IApiKeyCache>(sp => sp.GetRequiredService<ApiKeyStore>());
        services.AddScoped<IUserDirectory, Identity.UserDirectory>();
        services.AddScoped<CreditPlatform.Application.Users.IUserAccounts, Identity.UserAccounts>();
        services.AddScoped<IOutboxTransport, Notifications.InvitationTransport>();
        services.AddTransient<Identity.InvitationTokenProvider>();
        services.Configure<Microsoft.AspNetCore.Identity.IdentityOptions>(o => o.Tokens.ProviderMap[Identity.InvitationTokenProvider.ProviderName] =
            new Microsoft.AspNetCore.Identity.TokenProviderDescriptor(typeof(Identity.InvitationTokenProvider)));
        services.AddScoped<ILedgerWriter, LedgerWriter>();
        services.AddScoped<IOutboxTransport, DeductionNotices>();
        services.AddScoped<IScoreRecomputer, ScoreRecomputer>();
        services.AddSingleton<ScoreSnapshotter>();
        services.AddSingleton<Application.Common.Jobs.ITenantJob>(sp => sp.GetRequiredService<ScoreSnapshotter>());
        services.AddHostedService<Observability.PlatformGaugeSampler>();
        services.AddListsChecksAndOutbox(configuration, appConnection);
        services.AddDueProcess(configuration);
        services.AddScheduledJobs(configuration, appConnection);
        foreach (var step in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IDemoSeedStep).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IDemoSeedStep), step);
        }
        return services;
    }
}
