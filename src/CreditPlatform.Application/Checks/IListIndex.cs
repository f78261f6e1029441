using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Application.Checks;

/// <summary>A list as the check index knows it: enough to filter by visibility and to name it in answers.</summary>
public sealed record IndexedList(Guid Id, Guid TenantId, string Authority, string Code, ListKind Kind, ListScope Scope);

/// <summary>An active entry as the check index knows it; <see cref="Disputed"/>: under appeal (its list does not suspend meanwhile).</summary>
public sealed record IndexedEntry(
    Guid Id, IndexedList List, string[] Measures, LinkRole? Role, DateTimeOffset ListedAt, DateTimeOffset ExpiresAt, bool Disputed = false);

/// <summary>
/// Every jurisdiction's active entries held in memory, keyed by the identifier's keyed hash, so that a
/// check costs no database round trip. Kept current by the database's change notifications.
/// </summary>
public interface IListIndex
{
    /// <summary>
    /// Fails closed: throws <see cref="Common.Errors.ServiceUnavailableException"/> until the index has loaded, and while
    /// it is stale beyond the configured tolerance (its change feed lost and not yet recovered).
    /// </summary>
    void EnsureServing();

    /// <summary>Null when the index answers; otherwise why not (for readiness).</summary>
    string? NotServingReason();

    /// <summary>The active entries for this hash at the last update (the caller still checks their dates).</summary>
    IReadOnlyList<IndexedEntry> Find(byte[] identifierHash);

    /// <summary>
    /// How long the index has been without its change feed (a lost LISTEN connection, a failed reload), or null while
    /// it is current. Within the tolerance it keeps answering from the last good state and says how stale it is.
    /// </summary>
    TimeSpan? Staleness { get; }

    /// <summary>Grows with every change installed: an answer names the generation it was given from.</summary>
    long Generation { get; }

    /// <summary>A jurisdiction's id by slug, from memory when known.</summary>
    ValueTask<Guid?> FindTenantAsync(string slug, CancellationToken cancellationToken);
}
