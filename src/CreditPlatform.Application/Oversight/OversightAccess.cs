using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Oversight;

/// <summary>
/// Who may act on a jurisdiction from above: platform administrators (and platform keys) and the officials (and
/// keys) of an ancestor jurisdiction. The jurisdiction's own officials retire what they made instead; any other
/// jurisdiction learns nothing (404). Jurisdictions are platform rows (no row-level security), so the ancestry is read
/// directly.
/// </summary>
public static class OversightAccess
{
    public const string OwnJurisdiction = OversightErrorCodes.OwnJurisdiction;

    /// <summary>Refuses unless the actor oversees the jurisdiction of the unit of work with <paramref name="scope"/>.</summary>
    public static async Task EnsureOverseerAsync(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, string scope, CancellationToken ct)
    {
        var target = tenant.TenantId ?? throw new InvalidOperationException("Oversight acts inside a jurisdiction.");
        if (actor.IsPlatform)
        {
            EnsureScope(actor, scope);
            return;
        }

        if (actor.TenantId == target)
        {
            throw new ForbiddenException(
                "A jurisdiction does not suspend its own rules or lists: retire the rule, or remove the entries, instead.",
                new Dictionary<string, object?> { ["code"] = OwnJurisdiction });
        }

        if (actor.TenantId is not { } own || !await IsAncestorAsync(db, own, target, ct))
        {
            throw new NotFoundException("No such rule or list in a jurisdiction you oversee.");
        }

        EnsureScope(actor, scope);
    }

    /// <summary>Refuses unless the actor belongs to the jurisdiction or oversees it.</summary>
    public static async Task EnsureReaderAsync(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, CancellationToken ct)
    {
        var target = tenant.TenantId ?? throw new InvalidOperationException("Oversight acts inside a jurisdiction.");
        if (actor.IsPlatform || actor.TenantId == target)
        {
            return;
        }

        if (actor.TenantId is not { } own || !await IsAncestorAsync(db, own, target, ct))
        {
            throw new NotFoundException("No such rule or list in a jurisdiction you oversee.");
        }
    }

    /// <summary>True when <paramref name="ancestor"/> is above <paramref name="descendant"/> (not the same).</summary>
    public static async Task<bool> IsAncestorAsync(IAppDbContext db, Guid ancestor, Guid descendant, CancellationToken ct)
    {
        var parents = await db.Tenants.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentId, ct);
        var seen = new HashSet<Guid>();
        var current = parents.GetValueOrDefault(descendant);
        while (current is { } id && seen.Add(id))
        {
            if (id == ancestor)
            {
                return true;
            }

            current = parents.GetValueOrDefault(id);
        }

        return false;
    }

    /// <summary>The jurisdictions below <paramref name="ancestor"/> (all of them for null: the platform), nearest first.</summary>
    public static async Task<IReadOnlyList<Guid>> DescendantsAsync(IAppDbContext db, Guid? ancestor, CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Select(t => new { t.Id, t.ParentId }).ToListAsync(ct);
        if (ancestor is null)
        {
            return [.. tenants.Select(t => t.Id)];
        }

        var result = new List<Guid>();
        var frontier = new Queue<Guid>([ancestor.Value]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in tenants.Where(t => t.ParentId == id && !result.Contains(t.Id)))
            {
                result.Add(child.Id);
                frontier.Enqueue(child.Id);
            }
        }

        return result;
    }

    private static void EnsureScope(ICurrentActor actor, string scope)
    {
        if (!actor.HasScope(scope))
        {
            throw new ForbiddenException($"Suspending needs the {scope} scope.");
        }
    }
}
