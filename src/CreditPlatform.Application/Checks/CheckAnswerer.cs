using CreditPlatform.Application.Tenants;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Common.Observability;
using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Application.Checks;

using CreditPlatform.Application.Checks.CheckIdentifiers;

/// <summary>Who asked, as the check log records it: the credential's label, its jurisdiction and the request's correlation id.</summary>
public readonly record struct CheckCaller(string Label, Guid? TenantId, string? CorrelationId);

/// <summary>
/// Answers identifiers already hashed and masked: from the index in memory (or from the entries' history for an
/// <c>asOf</c>), with the band measures of the jurisdiction's own subjects, every answer written to the check log under
/// one decision id. A single check (<see cref="CheckIdentifiersHandler"/>) and each slice of a bulk screening answer
/// through here, so both give the same answer and leave the same trail.
/// </summary>
public sealed class CheckAnswerer(IListIndex index, IListHistory history, ISubjectBands bands, ICheckLog log, TimeProvider clock)
{
    private static readonly string[] None = [];
    private static readonly Guid[] NoEntries = [];

    /// <summary>Throws 503 while the index may not answer (not loaded, or stale beyond the tolerance).</summary>
    public void EnsureServing() => index.EnsureServing();

    /// <summary>Whose local lists count besides the national ones: the caller's, or the one a platform caller names.</summary>
    public async Task<Guid?> LocalListsTenantAsync(ICurrentActor actor, string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return actor.TenantId;
        }

        var named = await index.FindTenantAsync(slug.Trim(), ct)
            ?? throw RequestValidationException.For("tenant", TenantErrorCodes.UnknownSlug, "No jurisdiction has this slug.");
        if (actor.TenantId is { } own && own != named)
        {
            throw new ForbiddenException("A jurisdiction's key sees the national lists and its own jurisdiction's local lists only.");
        }

        return named;
    }

    /// <summary>
    /// One answer per hash (a null hash is an invalid identifier), in order. <paramref name="masked"/> is what the answer
    /// shows of each identifier.
    /// </summary>
    public async Task<CheckResponse> AnswerAsync(
        CheckCaller caller, IReadOnlyList<byte[]?> hashes, IReadOnlyList<string> masked, Guid? localTenant, string? measure, DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (asOf is { } future && future > now)
        {
            throw RequestValidationException.For("asOf", CheckErrorCodes.AsOfInFuture, "asOf is a past moment; the lists of the future are not known.");
        }

        var results = new CheckResult[hashes.Count];
        var records = new CheckRecord[hashes.Count];
        var decision = Guid.CreateVersion7(now);
        var generation = index.Generation;
        var past = asOf is { } moment ? await history.FindAsOfAsync(hashes, moment, cancellationToken) : null;
        var standing = asOf ?? now;
        // A jurisdiction's own subjects carry its band's measures too (its scheme's, for its checks only).
        var banded = localTenant is { } bandTenant
            ? await bands.FindAsync(bandTenant, hashes, cancellationToken)
            : null;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (hashes[i] is not { } hash)
            {
                results[i] = new CheckResult(masked[i], false, None, None, [], CheckResult.InvalidIdentifier);
                records[i] = new CheckRecord(now, caller.Label, caller.TenantId, null, measure, false, NoEntries, caller.CorrelationId, decision, i, generation, results[i]);
                continue;
            }

            var (result, entryIds) = Answer(masked[i], past is null ? index.Find(hash) : past[i], localTenant, measure, standing);
            if (banded?[i] is { } band)
            {
                result = WithBand(result, band, measure);
            }

            results[i] = result;
            records[i] = new CheckRecord(now, caller.Label, caller.TenantId, hash, measure, result.Restricted, entryIds, caller.CorrelationId, decision, i, generation, result);
            PlatformMetrics.CountCheck(result.Restricted);
        }

        await log.RecordAsync(records, cancellationToken);
        return new CheckResponse(results, decision, generation, now);
    }

    /// <summary>Band restrictions restrict like a black list's, band rewards reward like a red list's.</summary>
    private static CheckResult WithBand(CheckResult result, SubjectBand band, string? measure)
    {
        var applying = band.Measures.Where(m => measure is null || m == measure).ToArray();
        var restrictions = applying.Where(Measures.Restrictions.Contains).ToArray();
        var rewards = applying.Where(m => !Measures.Restrictions.Contains(m)).ToArray();
        return result with
        {
            Restricted = result.Restricted || restrictions.Length > 0,
            Measures = [.. result.Measures.Union(restrictions)],
            Rewards = [.. result.Rewards.Union(rewards)],
            Band = new CheckBand(band.Tenant, band.Band, applying),
        };
    }

    private static (CheckResult Result, Guid[] EntryIds) Answer(
        string masked, IReadOnlyList<IndexedEntry> candidates, Guid? localTenant, string? measure, DateTimeOffset now)
    {
        if (candidates.Count == 0)
        {
            return (new CheckResult(masked, false, None, None, []), NoEntries);
        }

        List<string>? restrictions = null;
        List<string>? rewards = null;
        List<CheckEntry>? entries = null;
        List<Guid>? ids = null;
        var disputed = false;
        foreach (var e in candidates)
        {
            if (e.ExpiresAt <= now || e.ListedAt > now || (e.List.Scope == ListScope.Local && e.List.TenantId != localTenant))
            {
                continue;
            }

            var applying = measure is null ? e.Measures : e.Measures.Contains(measure) ? [measure] : None;
            if (applying.Length == 0)
            {
                continue;
            }

            var bucket = e.List.Kind == ListKind.Black ? restrictions ??= [] : rewards ??= [];
            foreach (var m in applying)
            {
                if (!bucket.Contains(m))
                {
                    bucket.Add(m);
                }
            }

            (entries ??= []).Add(new CheckEntry(
                e.List.Code, e.List.Authority, e.List.Kind == ListKind.Black ? "black" : "red",
                e.Role is { } role ? Lists.ApiNames.Of(role) : null, applying, e.ListedAt, e.ExpiresAt, e.Disputed));
            disputed |= e.Disputed;
            (ids ??= []).Add(e.Id);
        }

        var restricted = restrictions is { Count: > 0 };
        return (new CheckResult(masked, restricted, restrictions ?? (IReadOnlyList<string>)None, rewards ?? (IReadOnlyList<string>)None, entries ?? [], null, disputed),
            ids?.ToArray() ?? NoEntries);
    }
}
