using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.FileAppeal;

using CreditPlatform.Application.Appeals.FileAppealWithIssuer;

/// <summary>A subject objects to a ledger or list entry within the window counted from the notice.</summary>
public sealed record FileAppeal(Guid? LedgerEntryId, Guid? ListEntryId, string? Reason) : ICommand<AppealFiled>;

public sealed record AppealFiled(Guid Id, string Status, DateTimeOffset DecisionDue);

public sealed class FileAppealHandler(IAppDbContext db, ICurrentActor actor, ITenantContext tenant, IJurisdictionHop hop, INationalListings nationalListings, TimeProvider clock)
    : ICommandHandler<FileAppeal, AppealFiled>
{
    public const string WindowClosedCode = AppealErrorCodes.WindowClosed;

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
        var national = await nationalListings.AtHomeAsync(listEntryId, ct)
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
