using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

using CreditPlatform.Application.Appeals.FileAppeal;

/// <summary>Filing itself, the same for an appeal made here and one made from the subject's home.</summary>
internal static class AppealFiling
{
    public static async Task<AppealFiled> FileAsync(
        IAppDbContext db, AppealedEntry target, string reason, string filedBy, DateTimeOffset now, DateTimeOffset noticedAt,
        (Guid Tenant, Guid Subject)? home, CancellationToken cancellationToken)
    {
        // A higher authority's suspension of the entry's rule or list tells its subjects they may ask for a review: the
        // window opens again from the suspension, however long ago the entry was recorded.
        var window = new AppealWindow(noticedAt, target.AppealWindowDays).ReopenedAt(await SuspendedSinceAsync(db, target, cancellationToken));
        if (!window.IsOpenAt(now))
        {
            throw new BusinessRuleException(FileAppealHandler.WindowClosedCode,
                $"The time to appeal this entry ended on {window.ClosesAt:yyyy-MM-dd}; credit repair may still be possible.",
                new Dictionary<string, object?> { ["windowClosedAt"] = window.ClosesAt });
        }

        await EnsureNotCorrectedAsync(db, target, cancellationToken);
        var open = new[] { AppealStatus.Pending, AppealStatus.Escalated };
        var ledgerEntryId = target.Ledger?.Id;
        var listEntryId = target.Listing?.Id;
        if (await db.Set<Appeal>().AnyAsync(a => open.Contains(a.Status)
                && (a.LedgerEntryId == ledgerEntryId && a.LedgerEntryId != null || a.ListEntryId == listEntryId && a.ListEntryId != null),
                cancellationToken))
        {
            throw new ConflictException("An appeal against this entry is already being reviewed.");
        }

        var tenantId = target.Ledger?.TenantId ?? target.Listing!.TenantId;
        var decisionDue = (await WorkingCalendars.ForTenantAsync(db, tenantId, now, cancellationToken))
            .DeadlineAfter(now, target.DecisionWorkingDays);
        var appeal = Appeal.File(tenantId, target.Target, ledgerEntryId, listEntryId, target.SubjectId, target.IdentifierHash,
            reason, target.Recorder, filedBy, now, decisionDue, home);
        db.Set<Appeal>().Add(appeal);

        // A list may suspend its measures while the appeal runs; a suspended entry drops out of checks.
        if (target is { Listing: { } listing, List.AppealSuspends: true } && listing.Status == Domain.Lists.EntryStatus.Active)
        {
            listing.Suspend();
            await LinkedEntries.SuspendWithAsync(db, listing, cancellationToken);
            Notices.Queue(db, Notices.ForSuspension(target.List, listing, appeal, now));
        }

        Notices.Queue(db, Notices.ForAppealFiled(appeal, now));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException?.Message.Contains("ux_appeals_open", StringComparison.Ordinal) == true)
        {
            // Two appeals against one entry filed at the same moment: the database keeps one open.
            throw new ConflictException("An appeal against this entry is already being reviewed.");
        }

        return new AppealFiled(appeal.Id, ApiNames.Of(appeal.Status), appeal.DecisionDue);
    }

    /// <summary>When the suspension in force of the entry's rule (or list) began, or null when it has none.</summary>
    private static async Task<DateTimeOffset?> SuspendedSinceAsync(IAppDbContext db, AppealedEntry target, CancellationToken ct)
    {
        var (kind, code) = target.Ledger is { } entry
            ? (Domain.Oversight.SuspensionTarget.Rule, entry.RuleCode)
            : (Domain.Oversight.SuspensionTarget.List, target.List!.Code);
        return (await Oversight.Suspensions.InForceAsync(db, kind, code, ct))?.SuspendedAt;
    }

    /// <summary>An entry reversed, upheld on appeal or given back in full has nothing left to appeal (409).</summary>
    private static async Task EnsureNotCorrectedAsync(IAppDbContext db, AppealedEntry target, CancellationToken ct)
    {
        if (target.Ledger is { } entry)
        {
            (await CorrectionState.LoadAsync(db, entry, ct)).EnsureCorrectable();
        }
        else if (target.Listing is { RemovalReason: Domain.Lists.RemovalReason.AppealUpheld or Domain.Lists.RemovalReason.Error or Domain.Lists.RemovalReason.Repaired })
        {
            throw new ConflictException("This listing has been removed as wrong or repaired already; it takes no new appeal.", LedgerCorrections.AlreadyCorrectedCode);
        }
    }
}
