using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Ledger;

/// <summary>Reads of the ledger outside the hot path, netting out reversals the same way the writer does.</summary>
public static class CountedLedger
{
    /// <summary>Entries that still count: neither a reversal nor reversed by one.</summary>
    public static IQueryable<LedgerEntry> Counted(this IAppDbContext db) =>
        db.Set<LedgerEntry>().Where(e => e.ReversesId == null
            && !db.Set<LedgerEntry>().Any(r => r.ReversesId == e.Id));

    public static async Task<List<LedgerLine>> CountedLinesAsync(this IAppDbContext db, Guid subjectId, CancellationToken ct)
    {
        var rows = await db.Counted()
            .Where(e => e.SubjectId == subjectId)
            .Select(e => new { e.Points, e.OccurredAt, e.ExpiresAt, e.BandOverride, e.BandOverrideUntil })
            .ToListAsync(ct);
        return rows.ConvertAll(r => new LedgerLine(r.Points, r.OccurredAt, r.ExpiresAt, r.BandOverride, r.BandOverrideUntil));
    }
}
