using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes;

/// <summary>Which version of the current tenant's scheme applies.</summary>
public static class SchemeQueries
{
    public const string NoSchemeCode = SchemeErrorCodes.NoScheme;

    public static Task<SchemeVersion?> CurrentSchemeAsync(this IAppDbContext db, CancellationToken ct) =>
        db.Set<SchemeVersion>().AsNoTracking().OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);

    public static async Task<SchemeVersion> RequireCurrentSchemeAsync(this IAppDbContext db, CancellationToken ct) =>
        await db.CurrentSchemeAsync(ct) ?? throw NoScheme();

    /// <summary>The version in force at <paramref name="asOf"/>; before the first version, the first one (a score has to be read somehow).</summary>
    public static async Task<SchemeVersion> RequireSchemeAtAsync(this IAppDbContext db, DateTimeOffset asOf, CancellationToken ct)
    {
        var schemes = db.Set<SchemeVersion>().AsNoTracking();
        return await schemes.Where(s => s.EffectiveFrom <= asOf).OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct)
            ?? await schemes.OrderBy(s => s.Version).FirstOrDefaultAsync(ct)
            ?? throw NoScheme();
    }

    private static BusinessRuleException NoScheme() =>
        new(NoSchemeCode, "This jurisdiction has no scoring scheme yet: an official sets one up before events can be scored.");
}
