using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails;

/// <summary>
/// The limits binding a jurisdiction: the platform's, then each ancestor's from the top down, then its own.
/// Read across tenants on purpose: guardrail sets and the jurisdiction tree are platform-level rows, not tenant data.
/// </summary>
public static class GuardrailChain
{
    public const string ViolationCode = SchemeErrorCodes.GuardrailViolation;

    public static async Task<IReadOnlyList<GuardrailSet>> LoadAsync(IAppDbContext db, Guid tenantId, CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Select(t => new { t.Id, t.Slug, t.ParentId }).ToDictionaryAsync(t => t.Id, ct);
        var lineage = new List<(Guid Id, string Slug)>();
        for (Guid? id = tenantId; id is { } current && tenants.TryGetValue(current, out var tenant); id = tenant.ParentId)
        {
            if (lineage.Exists(l => l.Id == current))
            {
                break; // a cycle in the tree must not hang approval; the sets seen so far still apply
            }

            lineage.Add((tenant.Id, tenant.Slug));
        }

        lineage.Reverse();
        var ids = lineage.ConvertAll(l => l.Id);
        var sets = await db.Set<TenantGuardrails>().AsNoTracking().Where(g => ids.Contains(g.TenantId)).ToDictionaryAsync(g => g.TenantId, ct);
        var chain = new List<GuardrailSet> { await PlatformSetAsync(db, ct) };
        foreach (var (id, slug) in lineage)
        {
            if (sets.TryGetValue(id, out var own))
            {
                chain.Add(own.Limits with { Name = slug });
            }
        }

        return chain;
    }

    /// <summary>The platform's version in force; the shipped defaults only if none is (migration 0022 writes version 1).</summary>
    public static async Task<GuardrailSet> PlatformSetAsync(IAppDbContext db, CancellationToken ct)
    {
        var active = await db.Set<PlatformGuardrailVersion>().AsNoTracking()
            .Where(v => v.Status == PlatformGuardrailStatus.Active)
            .Select(v => v.Limits)
            .FirstOrDefaultAsync(ct);
        return (active ?? GuardrailSet.PlatformDefaults) with { Name = GuardrailChecker.PlatformSource };
    }

    /// <summary>The platform's rule categories.</summary>
    public static async Task<CategoryVocabulary> LoadVocabularyAsync(IAppDbContext db, CancellationToken ct) =>
        new(await db.Set<RuleCategory>().AsNoTracking().ToListAsync(ct));

    /// <summary>Refuses <paramref name="rule"/> with every guardrail it breaks, each named with the set that imposes it.</summary>
    public static async Task EnforceAsync(IAppDbContext db, Guid tenantId, RuleDefinition rule, CancellationToken ct)
    {
        var violations = GuardrailChecker.Check(rule, await LoadAsync(db, tenantId, ct), await LoadVocabularyAsync(db, ct));
        if (violations.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", violations.Select(v => v.Guardrail).Distinct());
        throw new BusinessRuleException(
            ViolationCode,
            $"Rule {rule.Code} breaks the guardrails {names}. " + string.Join(" ", violations.Select(v => v.Message)),
            new Dictionary<string, object?> { ["violations"] = violations });
    }
}
