using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists;

/// <summary>
/// A legal representative's entry follows the organisation's entry it points to: removed with it, suspended while an
/// appeal against it runs, and reinstated with it.
/// </summary>
public static class LinkedEntries
{
    /// <summary>Removes the entries that follow <paramref name="entry"/>; returns them (for the outbox).</summary>
    public static async Task<List<ListEntry>> RemoveWithAsync(
        IAppDbContext db, ListEntry entry, RemovalReason reason, DateTimeOffset now, string by, CancellationToken ct)
    {
        var followers = await db.Set<ListEntry>()
            .Where(e => e.LinkedToEntryId == entry.Id && e.Status != EntryStatus.Removed)
            .ToListAsync(ct);
        foreach (var follower in followers)
        {
            follower.Remove(reason, "Removed with the organisation's entry.", now, by);
        }

        return followers;
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
