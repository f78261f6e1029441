using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.FileAppeal;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Reminds a subject who has not appealed that the window to appeal an entry closes in a few days
/// (<c>DueProcess:AppealReminderDays</c>). One reminder per entry: running again finds it already sent.
/// </summary>
public sealed class AppealWindowReminderJob(IOptions<DueProcessOptions> options) : ITenantJob
{
    public string Name => "appeal-window-reminder";

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var horizon = now.AddDays(options.Value.AppealReminderDays);
        var notices = db.Set<Notification>();
        var due = await notices
            .Where(n => n.AppealDeadline > now && n.AppealDeadline <= horizon && n.Kind != NotificationKind.AppealWindowClosing)
            .Where(n => !notices.Any(r => r.Kind == NotificationKind.AppealWindowClosing
                && (r.LedgerEntryId == n.LedgerEntryId && n.LedgerEntryId != null || r.ListEntryId == n.ListEntryId && n.ListEntryId != null)))
            .Where(n => !db.Set<Appeal>().Any(a =>
                a.LedgerEntryId == n.LedgerEntryId && n.LedgerEntryId != null || a.ListEntryId == n.ListEntryId && n.ListEntryId != null))
            // An appeal filed from here against a national entry is kept by its issuer; its notice, relayed home, says so.
            .Where(n => !notices.Any(r => r.Kind == NotificationKind.AppealFiled && r.RelayedFromId != null
                && r.ListEntryId == n.ListEntryId && n.ListEntryId != null))
            .OrderBy(n => n.AppealDeadline)
            .Take(500)
            .ToListAsync(ct);
        foreach (var notice in due)
        {
            var days = (int)Math.Ceiling((notice.AppealDeadline!.Value - now).TotalDays);
            Notices.Queue(db, Notices.ForAppealWindowClosing(notice, days, now));
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
