using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Infrastructure.Notifications;
using CreditPlatform.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

public static class AppealsServiceCollectionExtensions
{
    /// <summary>Notification delivery through the outbox, and the scheduled due-process jobs.</summary>
    public static IServiceCollection AddDueProcess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DueProcessOptions>(configuration.GetSection("DueProcess"));
        services.AddScoped<IOutboxTransport, NotificationTransport>();
        services.AddSingleton<INotificationSender, LogNotificationSender>();
        services.Configure<SmtpOptions>(configuration.GetSection("Notifications:Smtp"));
        services.Configure<SmsOptions>(configuration.GetSection("Notifications:Sms"));
        services.AddScoped<NoticeRecipients>();
        services.AddScoped<INotificationSender, EmailNotificationSender>();
        services.AddHttpClient(HttpSmsGateway.ClientName);
        services.AddScoped<ISmsGateway, HttpSmsGateway>();
        services.AddScoped<INotificationSender, SmsNotificationSender>();
        // Scheduled by AddScheduledJobs (Quartz), each every DueProcess:Interval.
        services.AddSingleton<ITenantJob, NationalNoticeRelayJob>();
        services.AddSingleton<ITenantJob, AppealEscalationJob>();
        services.AddSingleton<ITenantJob, RectificationJob>();
        services.AddSingleton<ITenantJob, AppealWindowReminderJob>();
        services.AddSingleton<ITenantJob, RepairEligibilityJob>();
        return services;
    }
}
