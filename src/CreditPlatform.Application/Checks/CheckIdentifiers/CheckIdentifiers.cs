using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Common.Observability;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using Mediator;

namespace CreditPlatform.Application.Checks.CheckIdentifiers;

/// <summary>
/// "May these identifiers do X?", answered from every national list plus the caller's own
/// jurisdiction's local lists (or, for a platform caller, those of <see cref="Tenant"/>).
/// </summary>
/// <remarks><see cref="AsOf"/>: answer as the lists stood then, from every entry's history (null: now, from memory).</remarks>
public sealed record CheckIdentifiers(IReadOnlyList<string?>? Identifiers, string? Measure, string? Tenant, DateTimeOffset? AsOf = null) : IRequest<CheckResponse>
{
    public const int MaxIdentifiers = 1000;
}

/// <summary>
/// The answer, with the id it can be read back by (<c>GET /api/v1/checks/{decisionId}</c>) and the generation of the
/// index it was given from.
/// </summary>
public sealed record CheckResponse(IReadOnlyList<CheckResult> Results, Guid DecisionId, long IndexGeneration, DateTimeOffset At);

/// <summary>
/// One identifier's answer. <see cref="Restricted"/> speaks of black lists only; red-list rewards
/// come separately. <see cref="Error"/> is set (and nothing else) when the identifier is not valid.
/// </summary>
public sealed record CheckResult(
    string MaskedIdentifier,
    bool Restricted,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> Rewards,
    IReadOnlyList<CheckEntry> Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    bool Disputed = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CheckBand? Band = null)
{
    public const string InvalidIdentifier = "invalid_identifier";
}

/// <summary>The subject's band in the caller's own jurisdiction and the measures its scheme attaches (narrowed by the measure asked).</summary>
public sealed record CheckBand(string Tenant, string Band, IReadOnlyList<string> Measures);

public sealed record CheckEntry(
    string List,
    string Authority,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    IReadOnlyList<string> Measures,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt,
    bool Disputed = false);

public sealed class CheckIdentifiersHandler(
    IListIndex index, IListHistory history, ISubjectBands bands, IIdentifierProtector protector, ICurrentActor actor, ICheckLog log, ICorrelation correlation,
    TimeProvider clock)
    : IRequestHandler<CheckIdentifiers, CheckResponse>
{
    private static readonly string[] None = [];
    private static readonly Guid[] NoEntries = [];

    public async ValueTask<CheckResponse> Handle(CheckIdentifiers request, CancellationToken cancellationToken)
    {
        // An index that has not loaded, or has lost its change feed for too long, would answer "unrestricted" for people
        // who are listed: no answer is safer than a wrong one.
        index.EnsureServing();
        var localTenant = await LocalListsTenantAsync(request.Tenant, cancellationToken);
        var measure = string.IsNullOrWhiteSpace(request.Measure) ? null : request.Measure.Trim();
        var now = clock.GetUtcNow();
        if (request.AsOf is { } asOf && asOf > now)
        {
            throw RequestValidationException.For("asOf", "asOf is a past moment; the lists of the future are not known.");
        }

        var (who, callerTenant, correlationId) = (actor.Label, actor.TenantId, correlation.Id);
        var identifiers = request.Identifiers!;
        var results = new CheckResult[identifiers.Count];
        var records = new CheckRecord[identifiers.Count];
        var hashes = new byte[]?[identifiers.Count];
        for (var i = 0; i < identifiers.Count; i++)
        {
            var raw = identifiers[i];
            hashes[i] = raw is null || Identifier.DetectKind(raw) is null ? null : protector.Hash(Identifier.Normalize(raw));
        }

        var decision = Guid.CreateVersion7(now);
        var generation = index.Generation;
        var past = request.AsOf is { } moment ? await history.FindAsOfAsync(hashes, moment, cancellationToken) : null;
        var standing = request.AsOf ?? now;
        // A jurisdiction's own subjects carry its band's measures too (its scheme's, for its checks only).
        var banded = localTenant is { } bandTenant
            ? await bands.FindAsync(bandTenant, hashes, cancellationToken)
            : null;
        for (var i = 0; i < identifiers.Count; i++)
        {
            var raw = identifiers[i];
            if (hashes[i] is not { } hash)
            {
                results[i] = new CheckResult(Identifier.Mask(raw ?? ""), false, None, None, [], CheckResult.InvalidIdentifier);
                records[i] = new CheckRecord(now, who, callerTenant, null, measure, false, NoEntries, correlationId, decision, i, generation, results[i]);
                continue;
            }

            var (result, entryIds) = Answer(Identifier.Mask(raw!), past is null ? index.Find(hash) : past[i], localTenant, measure, standing);
            if (banded?[i] is { } band)
            {
                result = WithBand(result, band, measure);
            }

            results[i] = result;
            records[i] = new CheckRecord(now, who, callerTenant, hash, measure, result.Restricted, entryIds, correlationId, decision, i, generation, result);
            PlatformMetrics.CountCheck(result.Restricted);
        }

        await log.RecordAsync(records, cancellationToken);
        return new CheckResponse(results, decision, generation, now);
    }

    /// <summary>Whose local lists count besides the national ones: the caller's, or the one a platform caller names.</summary>
    private async Task<Guid?> LocalListsTenantAsync(string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return actor.TenantId;
        }

        var named = await index.FindTenantAsync(slug.Trim(), ct)
            ?? throw RequestValidationException.For("tenant", "No jurisdiction has this slug.");
        if (actor.TenantId is { } own && own != named)
        {
            throw new ForbiddenException("A jurisdiction's key sees the national lists and its own jurisdiction's local lists only.");
        }

        return named;
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
