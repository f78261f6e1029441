using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// A scheme with a rectification period (Zhejiang's year) restores a subject's deductions once that long has
/// passed without a new one: each still-counted deduction gets a reversal marked repaired.
/// </summary>
public sealed class RectificationJob : ITenantJob
{
    public const string Actor = "system:rectification";

    public string Name => "rectification";

    /// <summary>One subject per pass, each in its own transaction: a subject's lock is held only while it is rectified.</summary>
    public bool RunsUntilDone => true;

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.CurrentSchemeAsync(ct) is not { Definition.RectificationDays: { } days })
        {
            return 0;
        }

        var cutoff = now.AddDays(-days);
        var entries = db.Set<LedgerEntry>();
        var due = await entries
            .Where(e => e.Points < 0 && e.ReversesId == null && !entries.Any(r => r.ReversesId == e.Id))
            .GroupBy(e => e.SubjectId)
            .Where(g => g.Max(e => e.RecordedAt) <= cutoff)
            .Select(g => g.Key)
            .Take(500)
            .ToListAsync(ct);

        foreach (var subjectId in due)
        {
            if (await RectifyAsync(services, db, subjectId, cutoff, now, ct) is > 0 and var restored)
            {
                return restored;
            }
        }

        return 0;
    }

    private static async Task<int> RectifyAsync(IServiceProvider services, AppDbContext db, Guid subjectId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken ct)
    {
        var writer = services.GetRequiredService<ILedgerWriter>();
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        var ledgers = await writer.LockSubjectsAsync([subjectId], ct);
        var entries = db.Set<LedgerEntry>().AsNoTracking();

        // Read again under the subject's lock: another instance may have rectified, or a new deduction arrived.
        var open = await entries
            .Where(e => e.SubjectId == subjectId && e.Points < 0 && e.ReversesId == null && !entries.Any(r => r.ReversesId == e.Id))
            .ToListAsync(ct);
        if (open.Count == 0 || open.Max(e => e.RecordedAt) > cutoff)
        {
            return 0;
        }

        var reversals = open.ConvertAll(e => e.Reverse(Guid.CreateVersion7(), now,
            LedgerCorrections.RepairedPrefix + "rectification period passed without a new deduction", Actor, null));
        var reversedIds = open.Select(e => e.Id).ToHashSet();
        var lines = ledgers[subjectId].Where(c => !reversedIds.Contains(c.EntryId)).Select(c => c.Line).ToList();
        var score = Application.Scoring.Scores.ScoreProjection.Score(scheme.TenantId, subjectId, scheme, lines, now);
        await writer.AppendAsync(new LedgerAppend([], reversals, [score]), ct);
        Notices.Queue(db, Notices.ForRestoredPoints(scheme.TenantId, subjectId, reversals[0].Id, reversals.Sum(r => r.Points), automatic: true, now));
        await db.SaveChangesAsync(ct);
        return open.Count;
    }
}
