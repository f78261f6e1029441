using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
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

public sealed class FileAppealHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<FileAppeal, AppealFiled>
{
    public const string WindowClosedCode = "appeal_window_closed";

    public async Task<AppealFiled> Handle(FileAppeal request, CancellationToken cancellationToken)
    {
        var target = await AppealedEntry.LoadAsync(db, request.LedgerEntryId, request.ListEntryId, cancellationToken);
        await target.EnsureActorMayActAsync(db, actor, cancellationToken);
        var now = clock.GetUtcNow();
        var window = new AppealWindow(target.NotifiedAt, target.AppealWindowDays);
        if (!window.IsOpenAt(now))
        {
            throw new BusinessRuleException(WindowClosedCode,
                $"The time to appeal this entry ended on {window.ClosesAt:yyyy-MM-dd}; credit repair may still be possible.",
                new Dictionary<string, object?> { ["windowClosedAt"] = window.ClosesAt });
        }

        await EnsureNotCorrectedAsync(target, cancellationToken);
        var open = new[] { AppealStatus.Pending, AppealStatus.Escalated };
        if (await db.Set<Appeal>().AnyAsync(a => open.Contains(a.Status)
                && (a.LedgerEntryId == request.LedgerEntryId && a.LedgerEntryId != null || a.ListEntryId == request.ListEntryId && a.ListEntryId != null),
                cancellationToken))
        {
            throw new ConflictException("An appeal against this entry is already being reviewed.");
        }

        var appeal = new Appeal
        {
            TenantId = target.Ledger?.TenantId ?? target.Listing!.TenantId,
            Id = Guid.CreateVersion7(),
            Target = target.Target,
            LedgerEntryId = request.LedgerEntryId,
            ListEntryId = request.ListEntryId,
            SubjectId = target.SubjectId,
            IdentifierHash = target.IdentifierHash,
            Reason = request.Reason!.Trim(),
            Status = AppealStatus.Pending,
            Recorder = target.Recorder,
            FiledAt = now,
            FiledBy = actor.Label,
            DecisionDue = (await WorkingCalendars.ForTenantAsync(db, target.Ledger?.TenantId ?? target.Listing!.TenantId, now, cancellationToken))
                .DeadlineAfter(now, Appeal.DefaultDecisionWorkingDays),
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
    private async Task EnsureNotCorrectedAsync(AppealedEntry target, CancellationToken ct)
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
