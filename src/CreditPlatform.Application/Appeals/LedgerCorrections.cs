using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// The ledger corrections that reversals, appeals and repair produce, through one writer: the subject is locked, the
/// entry negated or adjusted, and the score recomputed. Together they never give back more than the entry took.
/// </summary>
public static class LedgerCorrections
{
    /// <summary>Reversals that end a record by credit repair start with this, so they can be told apart.</summary>
    public const string RepairedPrefix = "repaired: ";

    public const string AlreadyCorrectedCode = AppealErrorCodes.AlreadyCorrected;
    public const string ExceedsEntryCode = AppealErrorCodes.CorrectionExceedsEntry;

    /// <summary>
    /// Negates an entry, and the partial corrections made to it so far, so that together they count for nothing.
    /// </summary>
    public static async Task<(LedgerEntry Reversal, SubjectScore Score)> ReverseAsync(
        IAppDbContext db, ILedgerWriter writer, LedgerEntry original, string reason, string recorder, string? department, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        var ledgers = await writer.LockSubjectsAsync([original.SubjectId], ct);

        // Read under the subject's lock, so two corrections of one entry at once cannot both succeed.
        var state = await CorrectionState.LoadAsync(db, original, ct);
        if (state.Reversed)
        {
            throw new ConflictException("This entry has been reversed already.", AlreadyCorrectedCode);
        }

        var reversal = original.Reverse(Guid.CreateVersion7(), now, Clip(reason), recorder, department);
        List<LedgerEntry> reversals = [reversal, .. state.Adjustments.Select(a => a.Reverse(Guid.CreateVersion7(), now, Clip(reason), recorder, department))];
        var gone = state.Adjustments.Select(a => a.Id).Append(original.Id).ToHashSet();
        var lines = ledgers[original.SubjectId].Where(c => !gone.Contains(c.EntryId)).Select(c => c.Line).ToList();
        var score = ScoreProjection.Score(original.TenantId, original.SubjectId, scheme, lines, now);
        await writer.AppendAsync(new LedgerAppend([], reversals, [score]), ct);
        return (reversal, score);
    }

    /// <summary>
    /// Gives back <paramref name="points"/> of an entry with a new entry that counts beside it; refused when the entry
    /// was reversed (409) or when less than that is left to give back (422).
    /// </summary>
    public static async Task<LedgerEntry> AdjustAsync(
        IAppDbContext db, ILedgerWriter writer, LedgerEntry original, int points, string reason, string recorder, string? department, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        var ledgers = await writer.LockSubjectsAsync([original.SubjectId], ct);
        var state = await CorrectionState.LoadAsync(db, original, ct);
        state.EnsureCorrectable();
        if (Math.Abs(points) > state.Remaining)
        {
            throw new BusinessRuleException(ExceedsEntryCode,
                $"Corrections of one entry give back at most what it took: {state.Remaining} of its {Math.Abs(original.Points)} points are left.",
                new Dictionary<string, object?> { ["remainingPoints"] = state.Remaining });
        }

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

/// <summary>What has been given back of one ledger entry so far: a reversal, or partial corrections on appeal.</summary>
public sealed record CorrectionState(LedgerEntry Entry, bool Reversed, IReadOnlyList<LedgerEntry> Adjustments)
{
    public int Restored => Adjustments.Sum(a => Math.Abs(a.Points));

    public int Remaining => Reversed ? 0 : Math.Max(0, Math.Abs(Entry.Points) - Restored);

    public static async Task<CorrectionState> LoadAsync(IAppDbContext db, LedgerEntry entry, CancellationToken ct)
    {
        var entries = db.Set<LedgerEntry>().AsNoTracking();
        var reversed = await entries.AnyAsync(e => e.ReversesId == entry.Id, ct);
        var adjustmentIds = await db.Set<Appeal>().AsNoTracking()
            .Where(a => a.LedgerEntryId == entry.Id && a.Status == AppealStatus.PartiallyUpheld && a.ResultingLedgerEntryId != null)
            .Select(a => a.ResultingLedgerEntryId!.Value)
            .ToListAsync(ct);
        var adjustments = adjustmentIds.Count == 0 ? [] : await entries
            .Where(e => adjustmentIds.Contains(e.Id) && !entries.Any(r => r.ReversesId == e.Id))
            .ToListAsync(ct);
        return new CorrectionState(entry, reversed, adjustments);
    }

    /// <summary>409 when nothing is left to correct: the entry was reversed, upheld on appeal, or fully given back.</summary>
    public void EnsureCorrectable()
    {
        if (Remaining == 0)
        {
            throw new ConflictException(Reversed
                ? "This entry has been corrected already (reversed, upheld on appeal or repaired); it takes no new appeal."
                : "Everything this entry took has been given back already; it takes no new appeal.", LedgerCorrections.AlreadyCorrectedCode);
        }
    }
}
