using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Webhooks;
using CreditPlatform.Infrastructure.Checks;
using CreditPlatform.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Lists;

public static class ListsServiceCollectionExtensions
{
    /// <summary>The check index and its listener, the check log writer, list expiry, and the outbox with webhooks.</summary>
    public static IServiceCollection AddListsChecksAndOutbox(this IServiceCollection services, IConfiguration configuration, string appConnectionString)
    {
        services.Configure<ListsOptions>(configuration.GetSection("Lists"));
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));

        services.AddSingleton<ListIndex>();
        services.AddSingleton<IListIndex>(sp => sp.GetRequiredService<ListIndex>());
        services.AddSingleton(ListenerConnection.For(appConnectionString));
        services.AddHostedService<ListIndexSynchronizer>();

        services.AddSingleton<ListChangeFeed>();
        services.AddSingleton<IListChangeFeed>(sp => sp.GetRequiredService<ListChangeFeed>());
        services.AddSingleton<IListHistory>(sp => sp.GetRequiredService<ListChangeFeed>());

        services.AddSingleton<CheckLogWriter>();
        services.AddSingleton<ICheckLog>(sp => sp.GetRequiredService<CheckLogWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<CheckLogWriter>());
        services.AddSingleton<ICheckDecisions, CheckDecisions>();
        services.AddSingleton<ISubjectBands, SubjectBands>();
        services.AddSingleton<IWatchStore, WatchStore>();
        services.AddHostedService<WatchNotifier>();
        services.AddSingleton<IScreeningStore, ScreeningStore>();
        services.AddHostedService<ScreeningWorker>();

        services.AddSingleton<Application.Common.Jobs.ITenantJob, ListExpiryJob>();
        services.AddSingleton<IListExpiryJob, ListExpiryRunner>();

        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddScoped<IOutboxTransport, WebhookTransport>();
        services.AddSingleton<Application.Webhooks.IWebhookDeliveries, WebhookDeliveries>();
        services.AddHttpClient(WebhookTransport.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        return services;
    }
}
