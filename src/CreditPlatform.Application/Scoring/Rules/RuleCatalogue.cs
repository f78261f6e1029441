using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>A tenant's rules as the scorer needs them, loaded once per request: approved versions grouped by code.</summary>
public sealed class RuleCatalogue
{
    private readonly Dictionary<string, List<RuleDefinition>> _approved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public static async Task<RuleCatalogue> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var versions = await db.Set<RuleVersion>().AsNoTracking().ToListAsync(ct);
        var catalogue = new RuleCatalogue();
        foreach (var version in versions)
        {
            catalogue._known.Add(version.Code);
            if (version.IsApproved)
            {
                if (!catalogue._approved.TryGetValue(version.Code, out var list))
                {
                    catalogue._approved[version.Code] = list = [];
                }

                list.Add(version.ToDefinition());
            }
        }

        return catalogue;
    }

    /// <summary>Whether any version of <paramref name="code"/> exists, approved or not.</summary>
    public bool Knows(string code) => _known.Contains(code);

    /// <summary>The approved version in force at <paramref name="occurredAt"/>, or null.</summary>
    public RuleDefinition? Resolve(string code, DateTimeOffset occurredAt) =>
        _approved.TryGetValue(code, out var versions) ? RuleBook.Resolve(versions, code, occurredAt) : null;
}
