using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// The ledger corrections that appeals and repair produce, through the same writer and reversal rule as an
/// official's reversal: the subject is locked, the entry negated or adjusted, and the score recomputed.
/// </summary>
public static class LedgerCorrections
{
    /// <summary>Reversals that end a record by credit repair start with this, so they can be told apart.</summary>
    public const string RepairedPrefix = "repaired: ";

    public static async Task<LedgerEntry> ReverseAsync(
        IAppDbContext db, ILedgerWriter writer, LedgerEntry original, string reason, string recorder, string? department, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        var ledgers = await writer.LockSubjectsAsync([original.SubjectId], ct);
        if (await db.Set<LedgerEntry>().AnyAsync(e => e.ReversesId == original.Id, ct))
        {
            throw new ConflictException("This entry has been reversed already.");
        }

        var reversal = original.Reverse(Guid.CreateVersion7(), now, Clip(reason), recorder, department);
        var lines = ledgers[original.SubjectId].Where(c => c.EntryId != original.Id).Select(c => c.Line).ToList();
        var score = ScoreProjection.Score(original.TenantId, original.SubjectId, scheme, lines, now);
        await writer.AppendAsync(new LedgerAppend([], [reversal], [score]), ct);
        return reversal;
    }

    /// <summary>Gives back <paramref name="points"/> of an entry's deduction with a new entry that counts beside it.</summary>
    public static async Task<LedgerEntry> AdjustAsync(
        IAppDbContext db, ILedgerWriter writer, LedgerEntry original, int points, string reason, string recorder, string? department, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        var ledgers = await writer.LockSubjectsAsync([original.SubjectId], ct);
        var adjustment = new LedgerEntry
        {
            TenantId = original.TenantId,
            Id = Guid.CreateVersion7(),
            SubjectId = original.SubjectId,
            RuleCode = original.RuleCode,
            RuleVersion = original.RuleVersion,
            Points = points,
            RawPoints = points,
            OccurredAt = original.OccurredAt,
            RecordedAt = Instants.Stored(now),
            ExpiresAt = original.ExpiresAt,
            Reason = Clip(reason),
            Recorder = recorder,
            Department = department,
        };
        var lines = ledgers[original.SubjectId].Select(c => c.Line).Append(adjustment.ToLine()).ToList();
        var score = ScoreProjection.Score(original.TenantId, original.SubjectId, scheme, lines, now);
        await writer.AppendAsync(new LedgerAppend([], [adjustment], [score]), ct);
        return adjustment;
    }

    private static string Clip(string reason) => reason.Length > LedgerEntry.ReasonMaxLength ? reason[..LedgerEntry.ReasonMaxLength] : reason;
}
