using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>The ledger or list entry an appeal or repair request is about, with what the decision needs to know.</summary>
public sealed record AppealedEntry(
    AppealTarget Target,
    LedgerEntry? Ledger,
    ListEntry? Listing,
    CreditList? List,
    Guid? SubjectId,
    byte[]? IdentifierHash,
    DateTimeOffset NotifiedAt,
    int AppealWindowDays,
    string Recorder,
    int DecisionWorkingDays)
{
    public static async Task<AppealedEntry> LoadAsync(IAppDbContext db, Guid? ledgerEntryId, Guid? listEntryId, CancellationToken ct) =>
        await TryLoadAsync(db, ledgerEntryId, listEntryId, ct) ?? throw new NotFoundException("This jurisdiction keeps no such list entry.");

    /// <summary>As <see cref="LoadAsync"/>, but null when the list entry is not this jurisdiction's (it may be a national one elsewhere).</summary>
    public static async Task<AppealedEntry?> TryLoadAsync(IAppDbContext db, Guid? ledgerEntryId, Guid? listEntryId, CancellationToken ct)
    {
        if (ledgerEntryId is { } ledgerId)
        {
            var entry = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == ledgerId, ct)
                ?? throw new NotFoundException("This jurisdiction's ledger has no such entry.");
            if (entry.IsReversal)
            {
                throw new BusinessRuleException(AppealErrorCodes.NotAppealable, "A reversal cannot be appealed.");
            }

            var scheme = await db.RequireCurrentSchemeAsync(ct);
            return new AppealedEntry(AppealTarget.LedgerEntry, entry, null, null, entry.SubjectId, null, entry.RecordedAt,
                scheme.Definition.AppealWindowDays, entry.Recorder, scheme.Definition.DecisionWorkingDays);
        }

        var listing = await db.Set<ListEntry>().FirstOrDefaultAsync(e => e.Id == listEntryId, ct);
        if (listing is null)
        {
            return null;
        }

        var list = await db.Set<CreditList>().FirstAsync(l => l.Id == listing.ListId, ct);
        return new AppealedEntry(AppealTarget.ListEntry, null, listing, list, null, listing.IdentifierHash, listing.CreatedAt,
            list.AppealWindowDays, listing.CreatedBy, list.DecisionWorkingDays);
    }

    /// <summary>Citizens act only on their own entries or their company's (as its legal representative); officials and keys act for anyone.</summary>
    public async Task EnsureActorMayActAsync(IAppDbContext db, ICurrentActor actor, CancellationToken ct)
    {
        if (actor.SubjectId is not { } self)
        {
            return;
        }

        var mine = await db.Subjects.AsNoTracking()
            .Where(s => s.Id == self || s.LegalRepresentativeId == self)
            .Select(s => new { s.Id, s.IdentifierHash })
            .ToListAsync(ct);
        var allowed = SubjectId is { } subject
            ? mine.Any(s => s.Id == subject)
            : mine.Any(s => s.IdentifierHash.AsSpan().SequenceEqual(IdentifierHash));
        if (!allowed)
        {
            throw new ForbiddenException("You may act only on your own records or those of a company you represent.");
        }
    }
}
