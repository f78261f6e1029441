using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>A subject objects to a ledger or list entry within the window counted from the notice.</summary>
public sealed record FileAppeal(Guid? LedgerEntryId, Guid? ListEntryId, string? Reason) : ICommand<AppealFiled>;

public sealed record AppealFiled(Guid Id, string Status, DateTimeOffset DecisionDue);

public sealed class FileAppealValidator : AbstractValidator<FileAppeal>
{
    public FileAppealValidator()
    {
        RuleFor(x => x).Must(x => x.LedgerEntryId is null != x.ListEntryId is null)
            .WithName("ledgerEntryId").WithMessage("Name exactly one entry: ledgerEntryId or listEntryId.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the entry is wrong; the reviewer reads it.")
            .MaximumLength(Appeal.ReasonMaxLength);
    }
}

public sealed class FileAppealHandler(IAppDbContext db, ICurrentActor actor, ITenantContext tenant, IJurisdictionHop hop, TimeProvider clock)
    : ICommandHandler<FileAppeal, AppealFiled>
{
    public const string WindowClosedCode = "appeal_window_closed";

    public async ValueTask<AppealFiled> Handle(FileAppeal request, CancellationToken cancellationToken)
    {
        var target = await AppealedEntry.TryLoadAsync(db, request.LedgerEntryId, request.ListEntryId, cancellationToken);
        if (target is null)
        {
            return await FileWithIssuerAsync(request.ListEntryId!.Value, request.Reason!, cancellationToken);
        }

        await target.EnsureActorMayActAsync(db, actor, cancellationToken);
        return await AppealFiling.FileAsync(db, target, request.Reason!, actor.Label, clock.GetUtcNow(), target.NotifiedAt, null, cancellationToken);
    }

    /// <summary>
    /// A national entry another jurisdiction made about someone enrolled here: the subject appeals from home, the
    /// appeal goes to the issuer, and its window runs from the notice they were given here.
    /// </summary>
    private async Task<AppealFiled> FileWithIssuerAsync(Guid listEntryId, string reason, CancellationToken ct)
    {
        var national = await NationalListings.AtHomeAsync(db, listEntryId, ct)
            ?? throw new NotFoundException("This jurisdiction keeps no such list entry.");
        if (actor.SubjectId is { } self && !await db.Subjects.AsNoTracking()
                .AnyAsync(s => s.Id == national.HomeSubjectId && (s.Id == self || s.LegalRepresentativeId == self), ct))
        {
            throw new ForbiddenException("You may act only on your own records or those of a company you represent.");
        }

        var noticeKinds = new[] { NotificationKind.Listing, NotificationKind.CoListing, NotificationKind.Restriction, NotificationKind.IdentificationConfirmed };
        var noticedAt = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.ListEntryId == listEntryId && n.RelayedFromId != null && noticeKinds.Contains(n.Kind))
            .OrderBy(n => n.CreatedAt).Select(n => (DateTimeOffset?)n.CreatedAt).FirstOrDefaultAsync(ct);
        return await hop.SendAsync(national.IssuerTenantId,
            new FileAppealWithIssuer(listEntryId, reason, tenant.TenantId!.Value, national.HomeSubjectId, noticedAt ?? clock.GetUtcNow()), ct);
    }
}

/// <summary>The issuer's side of an appeal filed from the subject's home jurisdiction; sent only through <see cref="IJurisdictionHop"/>.</summary>
public sealed record FileAppealWithIssuer(Guid ListEntryId, string Reason, Guid HomeTenantId, Guid HomeSubjectId, DateTimeOffset NoticedAt)
    : ICommand<AppealFiled>;

public sealed class FileAppealWithIssuerHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<FileAppealWithIssuer, AppealFiled>
{
    public async ValueTask<AppealFiled> Handle(FileAppealWithIssuer request, CancellationToken cancellationToken)
    {
        var target = await AppealedEntry.LoadAsync(db, null, request.ListEntryId, cancellationToken);
        if (target.List is not { Scope: Domain.Lists.ListScope.National })
        {
            throw new NotFoundException("This jurisdiction keeps no such list entry.");
        }

        return await AppealFiling.FileAsync(db, target, request.Reason, actor.Label, clock.GetUtcNow(), request.NoticedAt,
            (request.HomeTenantId, request.HomeSubjectId), cancellationToken);
    }
}

/// <summary>Filing itself, the same for an appeal made here and one made from the subject's home.</summary>
internal static class AppealFiling
{
    public static async Task<AppealFiled> FileAsync(
        IAppDbContext db, AppealedEntry target, string reason, string filedBy, DateTimeOffset now, DateTimeOffset noticedAt,
        (Guid Tenant, Guid Subject)? home, CancellationToken cancellationToken)
    {
        var window = new AppealWindow(noticedAt, target.AppealWindowDays);
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
        var appeal = new Appeal
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            Target = target.Target,
            LedgerEntryId = ledgerEntryId,
            ListEntryId = listEntryId,
            SubjectId = target.SubjectId,
            IdentifierHash = target.IdentifierHash,
            Reason = reason.Trim(),
            Status = AppealStatus.Pending,
            Recorder = target.Recorder,
            FiledAt = now,
            FiledBy = filedBy,
            HomeTenantId = home?.Tenant,
            HomeSubjectId = home?.Subject,
            DecisionDue = (await WorkingCalendars.ForTenantAsync(db, tenantId, now, cancellationToken))
                .DeadlineAfter(now, target.DecisionWorkingDays),
        };
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
