namespace CreditPlatform.Application.Checks;

/// <summary>
/// One change of a list entry as the feed gives it: the entry's state after the change (so applying an item twice
/// changes nothing), identified by a cursor that only grows. Identifiers appear only as their keyed hash (hex) and
/// masked.
/// </summary>
public sealed record ListChange(
    long Cursor,
    string Change,
    Guid EntryId,
    string Authority,
    string ListCode,
    string Kind,
    string IdentifierHash,
    string MaskedIdentifier,
    string? Role,
    IReadOnlyList<string> Measures,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset At)
{
    public const string Listed = "listed";
    public const string Suspended = "suspended";
    public const string Reinstated = "reinstated";
    public const string Removed = "removed";
    public const string Expired = "expired";

    /// <summary>After this change the entry is in force (a consumer keeps it); otherwise the consumer drops it.</summary>
    public bool InForce => Change is Listed or Reinstated;
}

/// <summary>A page of the feed; <see cref="Next"/> is the cursor to ask after next time (the same one when nothing came).</summary>
public sealed record ListChangesPage(IReadOnlyList<ListChange> Items, long Next);

/// <summary>An entry in force, as the snapshot gives it.</summary>
public sealed record ListSnapshotEntry(
    Guid EntryId,
    string Authority,
    string ListCode,
    string Kind,
    string IdentifierHash,
    string MaskedIdentifier,
    string? Role,
    IReadOnlyList<string> Measures,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt);

/// <summary>Every entry in force and the cursor the feed stands at for exactly that state.</summary>
public sealed record ListSnapshot(long Cursor, IReadOnlyList<ListSnapshotEntry> Entries);

/// <summary>
/// The list change feed (migration 0060): national lists, plus the local lists of the caller's jurisdiction. Read
/// through SECURITY DEFINER functions, since it spans every issuing authority.
/// </summary>
public interface IListChangeFeed
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;

    /// <summary>Changes after <paramref name="after"/> in cursor order; committed changes get their cursors first.</summary>
    Task<ListChangesPage> ChangesAfterAsync(long after, int limit, Guid? tenant, CancellationToken ct);

    /// <summary>The entries in force and the cursor they stand at, read in one snapshot of the database.</summary>
    Task<ListSnapshot> SnapshotAsync(Guid? tenant, CancellationToken ct);

    /// <summary>Hands out cursors to every committed change still without one; returns how many.</summary>
    Task<long> SequenceAsync(CancellationToken ct);
}

/// <summary>Every entry keeps its history (the feed's changes): the lists as they stood at a past moment.</summary>
public interface IListHistory
{
    /// <summary>For each hash (null: none), the entries in force by their history at <paramref name="asOf"/> (the caller still checks their dates).</summary>
    Task<IReadOnlyList<IndexedEntry>[]> FindAsOfAsync(IReadOnlyList<byte[]?> hashes, DateTimeOffset asOf, CancellationToken ct);
}

/// <summary>A subject's band in a jurisdiction's scheme and the measures the scheme attaches to it.</summary>
public sealed record SubjectBand(string Tenant, string Band, IReadOnlyList<string> Measures);

/// <summary>The bands of a jurisdiction's own subjects, by identifier hash, for its checks.</summary>
public interface ISubjectBands
{
    /// <summary>For each hash (null: none), the subject's band in <paramref name="tenant"/>, or null when it is not enrolled there.</summary>
    Task<SubjectBand?[]> FindAsync(Guid tenant, IReadOnlyList<byte[]?> hashes, CancellationToken ct);
}
