using System.Collections.Concurrent;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Web.MultiTenancy;

/// <summary>A jurisdiction as the web layer shows it.</summary>
public sealed record TenantInfo(Guid Id, string Slug, string Name);

/// <summary>Slug → tenant id and id → jurisdiction, cached: jurisdictions are few and rarely change.</summary>
public sealed class TenantDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (Guid? Id, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, (TenantInfo? Info, DateTimeOffset Until)> _byId = new();

    public async ValueTask<Guid?> FindAsync(string slug, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(slug, out var hit) && hit.Until > now)
        {
            return hit.Id;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Tenants.Where(t => t.Slug == slug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        _cache[slug] = (id, now + Lifetime);
        return id;
    }

    /// <summary>The jurisdiction with this id (e.g. from a user's tenant claim), or null.</summary>
    public async ValueTask<TenantInfo?> DescribeAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_byId.TryGetValue(id, out var hit) && hit.Until > now)
        {
            return hit.Info;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var info = await db.Tenants.Where(t => t.Id == id).Select(t => new TenantInfo(t.Id, t.Slug, t.Name)).FirstOrDefaultAsync(ct);
        _byId[id] = (info, now + Lifetime);
        return info;
    }

    public void Forget(string slug) => _cache.TryRemove(slug, out _);
}

/// <summary>
/// Runs after routing, before authentication: a route with <c>{tenant}</c> gets its jurisdiction
/// resolved (404 problem details when unknown) and set for the query filters and RLS.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantDirectory directory, ITenantContext tenant)
    {
        if (context.GetRouteValue("tenant") is string slug)
        {
            if (slug.Length > 40 || await directory.FindAsync(slug, context.RequestAborted) is not { } id)
            {
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown jurisdiction",
                    detail: "No jurisdiction has this slug.").ExecuteAsync(context);
                return;
            }

            tenant.Set(id, slug);
        }

        await next(context);
    }
}
