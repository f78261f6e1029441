using System.Collections.Concurrent;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Infrastructure.Lists;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>
/// The check path's copy of every active entry, keyed by identifier hash. Readers never lock: a key's
/// entries are an immutable array replaced whole, and a full reload builds a new snapshot that is
/// swapped in at once. One writer only (<see cref="ListIndexSynchronizer"/>).
/// </summary>
public sealed class ListIndex(IServiceScopeFactory scopes, IOptions<ListsOptions> options, TimeProvider clock) : IListIndex
{
    private const long Never = long.MinValue;
    private static readonly IndexedEntry[] Empty = [];
    private readonly ConcurrentDictionary<string, Guid> _tenants = new(StringComparer.Ordinal);
    private readonly TimeSpan _tolerance = options.Value.IndexStaleTolerance;
    private volatile Snapshot _current = new();
    private volatile bool _loaded;

    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>UTC ticks since which the change feed is lost, or <see cref="Never"/>.</summary>
    private long _lostSince = Never;

    public void EnsureServing()
    {
        if (NotServingReason() is { } reason)
        {
            throw new ServiceUnavailableException(reason);
        }
    }

    public string? NotServingReason()
    {
        if (!_loaded)
        {
            return "The check index is still loading; no answer is given until it has loaded. Retry in a few seconds.";
        }

        var lost = Interlocked.Read(ref _lostSince);
        return lost != Never && clock.GetUtcNow().UtcTicks - lost > _tolerance.Ticks
            ? "The check index has lost its change feed and may be out of date; no answer is given until it has reloaded. Retry in a few seconds."
            : null;
    }

    public TimeSpan? Staleness
    {
        get
        {
            var lost = Interlocked.Read(ref _lostSince);
            return lost == Never ? null : TimeSpan.FromTicks(Math.Max(0, clock.GetUtcNow().UtcTicks - lost));
        }
    }

    /// <summary>A full load has been installed and its change feed is live.</summary>
    internal void MarkCurrent()
    {
        Interlocked.Exchange(ref _lostSince, Never);
        _loaded = true;
    }

    /// <summary>The change feed dropped: from now on the index ages (the first loss counts until a reload).</summary>
    internal void MarkLost() => Interlocked.CompareExchange(ref _lostSince, clock.GetUtcNow().UtcTicks, Never);

    /// <summary>How many active entries the index holds.</summary>
    public int Count => _current.Count;

    public IReadOnlyList<IndexedEntry> Find(byte[] identifierHash) =>
        identifierHash.Length == HashKey.Length && _current.ByHash.TryGetValue(HashKey.From(identifierHash), out var entries) ? entries : Empty;

    public async ValueTask<Guid?> FindTenantAsync(string slug, CancellationToken cancellationToken)
    {
        if (_tenants.TryGetValue(slug, out var known))
        {
            return known;
        }

        // A jurisdiction created since the last reload: one lookup, then remembered.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Tenants.AsNoTracking().Where(t => t.Slug == slug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is { } found)
        {
            _tenants[slug] = found;
        }

        return id;
    }

    internal void RememberTenant(string slug, Guid id) => _tenants[slug] = id;

    internal static Snapshot NewSnapshot() => new();

    /// <summary>Makes a fully built snapshot the one readers see.</summary>
    internal void Install(Snapshot snapshot)
    {
        _current = snapshot;
        Interlocked.Increment(ref _generation);
    }

    /// <summary>
    /// Applies the current state of the entries named in a change notification: active ones are put,
    /// the others (and ids the database no longer returns) dropped.
    /// </summary>
    internal void Apply(IReadOnlyCollection<Guid> ids, IReadOnlyList<IndexRow> rows)
    {
        var snapshot = _current;
        var seen = new HashSet<Guid>();
        foreach (var row in rows)
        {
            seen.Add(row.Id);
            if (row.Status == EntryStatus.Active)
            {
                snapshot.Put(row);
            }
            else
            {
                snapshot.Remove(row.Id);
            }
        }

        foreach (var id in ids.Where(id => !seen.Contains(id)))
        {
            snapshot.Remove(id);
        }

        Interlocked.Increment(ref _generation);
    }

    internal sealed class Snapshot
    {
        private readonly ConcurrentDictionary<Guid, HashKey> _byId = new();
        private readonly ConcurrentDictionary<Guid, IndexedList> _lists = new();
        private readonly Dictionary<string, string[]> _measureSets = new(StringComparer.Ordinal);

        public ConcurrentDictionary<HashKey, IndexedEntry[]> ByHash { get; } = new();

        public int Count => _byId.Count;

        public void Put(IndexRow row)
        {
            RememberList(row, out var list);
            var entry = new IndexedEntry(row.Id, list, SharedMeasures(row.Measures), row.Role, row.ListedAt, row.ExpiresAt, row.Disputed);
            var key = HashKey.From(row.IdentifierHash);
            ByHash.AddOrUpdate(
                key,
                static (_, e) => [e],
                static (_, existing, e) => [.. existing.Where(x => x.Id != e.Id), e],
                entry);
            _byId[row.Id] = key;
        }

        public void Remove(Guid id)
        {
            if (!_byId.TryRemove(id, out var key) || !ByHash.TryGetValue(key, out var existing))
            {
                return;
            }

            var rest = existing.Where(x => x.Id != id).ToArray();
            if (rest.Length == 0)
            {
                ByHash.TryRemove(new KeyValuePair<HashKey, IndexedEntry[]>(key, existing));
            }
            else
            {
                ByHash[key] = rest;
            }
        }

        private void RememberList(IndexRow row, out IndexedList list)
        {
            if (!_lists.TryGetValue(row.ListId, out list!))
            {
                list = new IndexedList(row.ListId, row.TenantId, row.Authority, row.ListCode, row.ListKind, row.ListScope);
                _lists[row.ListId] = list;
            }
        }

        /// <summary>Entries of one list share one measures array: a million entries, a handful of arrays.</summary>
        private string[] SharedMeasures(string[] measures)
        {
            var key = string.Join(',', measures);
            if (!_measureSets.TryGetValue(key, out var shared))
            {
                shared = measures;
                _measureSets[key] = shared;
            }

            return shared;
        }
    }
}
