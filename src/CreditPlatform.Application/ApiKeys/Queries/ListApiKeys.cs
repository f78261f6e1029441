using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.ApiKeys.Queries;

/// <summary>
/// The API keys of the current jurisdiction, newest first. Keys are platform-level rows (looked up before a
/// tenant is known), so the jurisdiction is filtered here explicitly; the secret is never returned, only its prefix.
/// </summary>
public sealed record ListApiKeys : IRequest<IReadOnlyList<ApiKeyDto>>;

public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt);

public sealed class ListApiKeysHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<ListApiKeys, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeys request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? Guid.Empty;
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return [.. keys.Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.CreatedBy, k.RevokedAt))];
    }
}
