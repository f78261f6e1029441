using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Scoring.Ledger;

/// <summary>
/// The ledger's hot path, kept out of EF so that a batch of ten thousand events costs a handful of round trips:
/// lock the subjects, read their histories in one query, and append events, entries and scores in bulk.
/// Every method runs in the caller's open transaction, inside the current tenant.
/// </summary>
public interface ILedgerWriter
{
    /// <summary>
    /// Locks the score rows of <paramref name="subjectIds"/> (creating missing ones) in id order, so concurrent
    /// writers for one subject queue up and no cap or score is computed from a stale history; then reads what
    /// each subject has counted so far.
    /// </summary>
    /// <returns>Per subject, its counted entries (reversed entries and reversals left out) sorted by occurrence.</returns>
    Task<IReadOnlyDictionary<Guid, List<CountedEntry>>> LockSubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken ct);

    /// <returns>The events <paramref name="caller"/> already recorded under any of <paramref name="keys"/>, by key, with the
    /// fingerprint of what was sent (null for events recorded before fingerprints were kept).</returns>
    Task<IReadOnlyDictionary<string, (Guid EventId, byte[]? Fingerprint)>> FindEventKeysAsync(
        string caller, IReadOnlyCollection<string> keys, CancellationToken ct);

    /// <summary>
    /// Writes the events, seals the entries into the tenant's hash chain in the order given (one appender per
    /// tenant at a time), and stores the new scores of subjects locked by <see cref="LockSubjectsAsync"/>.
    /// </summary>
    Task AppendAsync(LedgerAppend append, CancellationToken ct);
}

/// <summary>What one call to <see cref="ILedgerWriter.AppendAsync"/> writes.</summary>
public sealed record LedgerAppend(IReadOnlyList<CreditEvent> Events, IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<SubjectScore> Scores);

/// <summary>An entry that still counts for its subject, as caps and the score projection see it.</summary>
public readonly record struct CountedEntry(Guid EntryId, string RuleCode, LedgerLine Line);
