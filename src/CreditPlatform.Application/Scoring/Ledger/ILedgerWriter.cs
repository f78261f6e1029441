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

    /// <summary>
    /// The batch path's lock: locks the score rows of <paramref name="subjectIds"/> (creating missing ones) in id order
    /// like <see cref="LockSubjectsAsync"/>, recomputes in SQL from their entries those whose running state has lapsed
    /// or was computed under another scheme version, and returns each subject's running state as of <paramref name="now"/>.
    /// Reads no ledger of a subject whose state is current.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, ScoreState>> LockStatesAsync(
        IReadOnlyCollection<Guid> subjectIds, SchemeVersion scheme, DateTimeOffset now, CancellationToken ct);

    /// <returns>Per range, the counted entries (reversed entries and reversals left out) of its subject under its rule
    /// dated strictly inside it, sorted by occurrence: what caps need around a batch's events.</returns>
    Task<IReadOnlyDictionary<(Guid Subject, string Rule), List<PriorEntry>>> CapEntriesAsync(IReadOnlyList<CapRange> ranges, CancellationToken ct);

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

/// <summary>Dates (exclusive) around a subject's events under one capped rule: the widest cap period either side.</summary>
public readonly record struct CapRange(Guid SubjectId, string RuleCode, DateTimeOffset After, DateTimeOffset Before);

/// <summary>An entry that still counts for its subject, as caps and the score projection see it.</summary>
public readonly record struct CountedEntry(Guid EntryId, string RuleCode, LedgerLine Line);
