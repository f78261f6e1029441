using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.ApiKeys.ListApiKeys;

/// <summary>
/// The API keys of the current jurisdiction, newest first. Keys are platform-level rows (looked up before a
/// tenant is known), so the jurisdiction is filtered here explicitly; the secret is never returned, only its prefix.
/// </summary>
public sealed record ListApiKeys : IRequest<IReadOnlyList<ApiKeyDto>>;

/// <param name="IssuedBy">The person the key acts for: "user:{id}", or "key:{id}" for a key no person issued (a system actor).</param>
/// <param name="IssuerName">That user's display name; null for a system actor.</param>
public sealed record ApiKeyDto(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt,
    string IssuedBy, string? IssuerName);

public sealed class ListApiKeysHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, IUserDirectory users)
    : IRequestHandler<ListApiKeys, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeys request, CancellationToken cancellationToken)
    {
        // Pages set the tenant from the user's claim; the API route has none, so the caller's own jurisdiction counts
        // (a platform caller sees the platform's keys).
        var tenantId = tenant.TenantId ?? actor.TenantId;
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        var names = await users.DisplayNamesAsync([.. keys.Where(k => k.IssuedByUserId != null).Select(k => k.IssuedByUserId!.Value).Distinct()], cancellationToken);
        return [.. keys.Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.CreatedBy, k.RevokedAt,
            k.IssuedByUserId is { } issuer ? PersonResolver.UserLabel(issuer) : PersonResolver.KeyLabel(k.Id),
            k.IssuedByUserId is { } id ? names.GetValueOrDefault(id) : null))];
    }
}
