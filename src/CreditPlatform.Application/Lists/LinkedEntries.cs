using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists;

/// <summary>
/// A legal representative's entry follows the organisation's entry it points to: removed with it, suspended while an
/// appeal against it runs, and reinstated with it. Removal of any entry goes through here.
/// </summary>
public static class LinkedEntries
{
    /// <summary>
    /// The one way a list entry is taken off: the entry, then the entries that follow it, each with the reason, the
    /// note (clipped to what an entry keeps) and who did it, and one change message for the feed and its webhooks.
    /// Returns every entry removed, the entry first (for their notices).
    /// </summary>
    public static async Task<List<ListEntry>> RemoveWithLinkedAsync(
        IAppDbContext db, CreditList list, ListEntry entry, RemovalReason reason, string? note, DateTimeOffset now, string by,
        string authority, CancellationToken ct)
    {
        var followers = await db.Set<ListEntry>()
            .Where(e => e.LinkedToEntryId == entry.Id && e.Status != EntryStatus.Removed)
            .ToListAsync(ct);
        var removed = entry.RemoveWithLinked(followers, reason, note, now, by).ToList();
        await ListChangeOutbox.EnqueueAsync(db, list, authority, ListChangeOutbox.Removed, removed, now, ct);
        return removed;
    }

    /// <summary>Suspends the active entries that follow a suspended <paramref name="entry"/>.</summary>
    public static async Task SuspendWithAsync(IAppDbContext db, ListEntry entry, CancellationToken ct)
    {
        var followers = await db.Set<ListEntry>()
            .Where(e => e.LinkedToEntryId == entry.Id && e.Status == EntryStatus.Active)
            .ToListAsync(ct);
        followers.ForEach(f => f.Suspend());
    }

    /// <summary>Reinstates the suspended entries that follow a reinstated <paramref name="entry"/>, except those under an appeal of their own.</summary>
    public static async Task ReinstateWithAsync(IAppDbContext db, ListEntry entry, CancellationToken ct)
    {
        var open = new[] { AppealStatus.Pending, AppealStatus.Escalated };
        var followers = await db.Set<ListEntry>()
            .Where(e => e.LinkedToEntryId == entry.Id && e.Status == EntryStatus.Suspended)
            .Where(e => !db.Set<Appeal>().Any(a => a.ListEntryId == e.Id && open.Contains(a.Status)))
            .ToListAsync(ct);
        followers.ForEach(f => f.Reinstate());
    }
}
