using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>
/// A tenant's rules as the scorer needs them, loaded once per request: approved versions grouped by code, and the codes
/// a higher level has suspended (one more indexed read per request, never per event).
/// </summary>
public sealed class RuleCatalogue
{
    private readonly Dictionary<string, List<RuleDefinition>> _approved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private HashSet<string> _suspended = new(StringComparer.Ordinal);

    public static async Task<RuleCatalogue> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var versions = await db.Set<RuleVersion>().AsNoTracking().ToListAsync(ct);
        var catalogue = new RuleCatalogue { _suspended = await Suspensions.CodesInForceAsync(db, SuspensionTarget.Rule, ct) };
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

    /// <summary>Whether a higher level has suspended <paramref name="code"/>: it scores nothing while suspended.</summary>
    public bool IsSuspended(string code) => _suspended.Contains(code);

    /// <summary>Whether any version of <paramref name="code"/> exists, approved or not.</summary>
    public bool Knows(string code) => _known.Contains(code);

    /// <summary>The approved version in force at <paramref name="occurredAt"/>, or null.</summary>
    public RuleDefinition? Resolve(string code, DateTimeOffset occurredAt) =>
        _approved.TryGetValue(code, out var versions) ? RuleBook.Resolve(versions, code, occurredAt) : null;
}
