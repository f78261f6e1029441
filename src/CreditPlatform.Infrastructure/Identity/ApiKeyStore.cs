using System.Collections.Concurrent;
using CreditPlatform.Application.ApiKeys;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Identity;

/// <summary>What authentication needs of a key; no secret material.</summary>
public sealed record ApiKeyPrincipal(Guid Id, Guid? TenantId, string Name, IReadOnlySet<string> Scopes, Guid? IssuedByUserId = null);

/// <summary>
/// Finds keys by the hash of their secret. Results are cached briefly so the check hot path costs no
/// database round trip; a revocation evicts the key here at once (and on other instances through
/// their own short cache lifetime).
/// </summary>
public sealed class ApiKeyStore(IServiceScopeFactory scopes, TimeProvider clock) : IApiKeyCache
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, (ApiKeyPrincipal? Key, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<ApiKeyPrincipal?>> _inFlight = new(StringComparer.Ordinal);

    public async ValueTask<ApiKeyPrincipal?> FindAsync(string secret, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(secret, out var cached) && cached.Until > now)
        {
            return cached.Key;
        }

        // One lookup per secret at a time: when a key's entry expires under load, the requests that miss it wait for
        // one query instead of each sending its own (64 connections on one key were 64 queries every 5 s).
        var lookup = _inFlight.GetOrAdd(secret, LookUpAsync);
        if (lookup.IsCompleted)
        {
            // It finished before it was stored, so it could not remove itself.
            _inFlight.TryRemove(KeyValuePair.Create(secret, lookup));
        }

        return await lookup.WaitAsync(ct);
    }

    /// <summary>
    /// Reads the key, caches the answer (an unknown secret's too) and leaves <c>_inFlight</c>, so the next miss starts
    /// afresh. Not cancelled by any one caller: others may be waiting on it.
    /// </summary>
    private async Task<ApiKeyPrincipal?> LookUpAsync(string secret)
    {
        try
        {
            var hash = ApiKeySecrets.Hash(secret);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.ApiKeys.AsNoTracking()
                .Where(k => k.KeyHash == hash && k.RevokedAt == null)
                // A disabled user's keys stop with them.
                .Where(k => k.IssuedByUserId == null || db.Users.Any(u => u.Id == k.IssuedByUserId && u.DisabledAt == null))
                .Select(k => new { k.Id, k.TenantId, k.Name, k.Scopes, k.IssuedByUserId })
                .FirstOrDefaultAsync();
            var key = row is null ? null : new ApiKeyPrincipal(row.Id, row.TenantId, row.Name, row.Scopes.ToHashSet(StringComparer.Ordinal), row.IssuedByUserId);
            if (_cache.Count > 10_000)
            {
                _cache.Clear();
            }

            _cache[secret] = (key, clock.GetUtcNow() + CacheLifetime);
            return key;
        }
        finally
        {
            _inFlight.TryRemove(secret, out _);
        }
    }

    public void Evict(Guid keyId)
    {
        // A lookup under way may have read the key before its revocation: later callers start a new one.
        _inFlight.Clear();
        foreach (var (secret, entry) in _cache)
        {
            if (entry.Key?.Id == keyId)
            {
                _cache.TryRemove(secret, out _);
            }
        }
    }
}
