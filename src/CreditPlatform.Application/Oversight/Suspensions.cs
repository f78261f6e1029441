using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Oversight;

/// <summary>Shared reads of suspensions and of the people behind them.</summary>
public static class Suspensions
{
    public static string Normalise(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>The suspension in force, or null.</summary>
    public static Task<Suspension?> InForceAsync(IAppDbContext db, SuspensionTarget target, string code, CancellationToken ct) =>
        db.Set<Suspension>().FirstOrDefaultAsync(s => s.Target == target && s.Code == code && s.LiftedAt == null, ct);

    /// <summary>The codes of a jurisdiction's suspended rules (or lists): one indexed read, for the event path.</summary>
    public static async Task<HashSet<string>> CodesInForceAsync(IAppDbContext db, SuspensionTarget target, CancellationToken ct) =>
        new(await db.Set<Suspension>().AsNoTracking()
            .Where(s => s.Target == target && s.LiftedAt == null)
            .Select(s => s.Code)
            .ToListAsync(ct), StringComparer.Ordinal);

    /// <summary>When the suspension in force of each of <paramref name="codes"/> began (codes not suspended are absent).</summary>
    public static async Task<Dictionary<string, DateTimeOffset>> InForceSinceAsync(
        IAppDbContext db, SuspensionTarget target, IReadOnlyCollection<string> codes, CancellationToken ct) =>
        await db.Set<Suspension>().AsNoTracking()
            .Where(s => s.Target == target && s.LiftedAt == null && codes.Contains(s.Code))
            .ToDictionaryAsync(s => s.Code, s => s.SuspendedAt, StringComparer.Ordinal, ct);

    /// <summary>The suspension in force, or NotFound/Conflict for the lift steps.</summary>
    public static async Task<Suspension> RequireInForceAsync(IAppDbContext db, SuspensionTarget target, string code, CancellationToken ct) =>
        await InForceAsync(db, target, code, ct)
        ?? throw new ConflictException($"The {SuspensionDto.TargetName(target)} {code} is not suspended.", OversightErrorCodes.NotSuspended);

    public static async Task EnsureExistsAsync(IAppDbContext db, SuspensionTarget target, string code, CancellationToken ct)
    {
        var exists = target == SuspensionTarget.Rule
            ? await db.Set<RuleVersion>().AnyAsync(r => r.Code == code, ct)
            : await db.Set<CreditList>().AnyAsync(l => l.Code == code, ct);
        if (!exists)
        {
            throw new NotFoundException($"This jurisdiction has no {SuspensionDto.TargetName(target)} {code}.");
        }
    }

    /// <summary>The acting person's name, department and authority, as shown to the suspended jurisdiction.</summary>
    public static async Task<(string Name, string? Department, string Authority)> DescribeActorAsync(
        IAppDbContext db, IUserDirectory users, ICurrentActor actor, CancellationToken ct)
    {
        string name;
        if (actor.PersonUserId is { } userId)
        {
            var names = await users.DisplayNamesAsync([userId], ct);
            name = names.GetValueOrDefault(userId) ?? "—";
        }
        else if (actor.ApiKeyId is { } keyId)
        {
            name = await db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId).Select(k => k.Name).FirstOrDefaultAsync(ct) ?? "—";
        }
        else
        {
            name = "—";
        }

        var authority = actor.TenantId is { } tenantId
            ? await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "—"
            : PlatformAuthority;
        return (Clip(name), actor.Department is null ? null : Clip(actor.Department), Clip(authority));
    }

    /// <summary>How the platform names itself to a jurisdiction it oversees.</summary>
    public const string PlatformAuthority = "信用平台 Credit platform";

    private static string Clip(string text) => text.Length > Suspension.NameMaxLength ? text[..Suspension.NameMaxLength] : text;
}
