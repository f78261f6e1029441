using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists;

/// <summary>Reads of the current tenant's lists and entries (the query filter and RLS scope them).</summary>
public static class ListLookup
{
    public static async Task<CreditList> RequireListAsync(this IAppDbContext db, string code, CancellationToken ct) =>
        await db.Set<CreditList>().FirstOrDefaultAsync(l => l.Code == code, ct)
        ?? throw new NotFoundException("This jurisdiction keeps no list with this code.");

    public static async Task<ListEntry> RequireEntryAsync(this IAppDbContext db, CreditList list, Guid id, CancellationToken ct) =>
        await db.Set<ListEntry>().FirstOrDefaultAsync(e => e.ListId == list.Id && e.Id == id, ct)
        ?? throw new NotFoundException("No such entry on this list.");

    /// <summary>The legal representatives' entries that follow each of the given entries.</summary>
    public static async Task<ILookup<Guid, ListEntry>> LinkedToAsync(this IAppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var linked = await db.Set<ListEntry>()
            .Where(e => e.LinkedToEntryId != null && ids.Contains(e.LinkedToEntryId.Value))
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        return linked.ToLookup(e => e.LinkedToEntryId!.Value);
    }
}
