using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Tenants;

/// <summary>A jurisdiction with its place in the hierarchy: its parent, its ancestors (root first) and its children.</summary>
public sealed record JurisdictionDto(
    Guid Id,
    string Slug,
    string NameZh,
    string NameEn,
    string Kind,
    string? Parent,
    IReadOnlyList<string> Path,
    IReadOnlyList<string> Children,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    public bool Closed => ClosedAt is not null;
}

/// <summary>Reading and checking jurisdictions (a platform-level table: every caller sees them all).</summary>
public static class Jurisdictions
{
    public const string ClosedCode = TenantErrorCodes.Closed;
    public const string SlugTakenCode = TenantErrorCodes.SlugTaken;
    public const string CycleCode = TenantErrorCodes.HierarchyCycle;

    /// <summary>API names of <see cref="JurisdictionKind"/>: "province", "city", …</summary>
    public static readonly IReadOnlyList<string> KindNames =
        Enum.GetValues<JurisdictionKind>().Select(KindName).ToList();

    public static string KindName(JurisdictionKind kind) => kind.ToString().ToLowerInvariant();

    public static JurisdictionKind? ParseKind(string? kind) =>
        Enum.TryParse<JurisdictionKind>(kind, ignoreCase: true, out var parsed) && !int.TryParse(kind, out _) ? parsed : null;

    /// <summary>Lower-case letters, digits and single hyphens, starting with a letter.</summary>
    public static bool IsSlug(string? slug) =>
        slug is { Length: >= 2 and <= Tenant.SlugMaxLength }
        && slug[0] is >= 'a' and <= 'z'
        && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>Every jurisdiction with its hierarchy, in tree order (each parent before its children, by slug).</summary>
    public static async Task<IReadOnlyList<JurisdictionDto>> AllAsync(IAppDbContext db, CancellationToken ct)
    {
        var rows = await db.Tenants.AsNoTracking().ToListAsync(ct);
        return Describe(rows);
    }

    public static IReadOnlyList<JurisdictionDto> Describe(IReadOnlyList<Tenant> rows)
    {
        var byId = rows.ToDictionary(t => t.Id);
        var children = rows.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!.Value);
        var ordered = new List<JurisdictionDto>(rows.Count);

        void Walk(Tenant tenant, List<string> path)
        {
            var kids = children[tenant.Id].OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
            ordered.Add(new JurisdictionDto(
                tenant.Id, tenant.Slug, tenant.NameZh, tenant.NameEn, KindName(tenant.Kind),
                tenant.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Slug : null,
                path.ToList(), kids.Select(k => k.Slug).ToList(), tenant.CreatedAt, tenant.ClosedAt));
            path.Add(tenant.Slug);
            foreach (var kid in kids)
            {
                Walk(kid, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var root in rows.Where(t => t.ParentId is null || !byId.ContainsKey(t.ParentId.Value)).OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            Walk(root, []);
        }

        return ordered;
    }

    public static async Task<Tenant> RequireAsync(IAppDbContext db, string? slug, CancellationToken ct) =>
        await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug, ct)
        ?? throw new NotFoundException("No jurisdiction has this slug.");

    /// <summary>Refuses new events and listings in a closed jurisdiction (422 <see cref="ClosedCode"/>).</summary>
    public static async Task EnsureOpenAsync(IAppDbContext db, Guid tenantId, CancellationToken ct)
    {
        if (await db.Tenants.AsNoTracking().AnyAsync(t => t.Id == tenantId && t.ClosedAt != null, ct))
        {
            throw new BusinessRuleException(ClosedCode, "This jurisdiction is closed: it takes no new events or listings. What it holds stays readable.");
        }
    }

    /// <summary>Only the platform administers jurisdictions: platform administrators and platform keys.</summary>
    public static void EnsurePlatform(ICurrentActor actor)
    {
        if (!actor.IsPlatform)
        {
            throw new ForbiddenException("Only the platform administers jurisdictions.");
        }
    }
}
