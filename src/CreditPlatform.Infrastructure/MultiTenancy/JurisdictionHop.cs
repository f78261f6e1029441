using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.MultiTenancy;

/// <summary>A fresh scope whose tenant is the other jurisdiction, as the due-process jobs use for each jurisdiction.</summary>
internal sealed class JurisdictionHop(IServiceScopeFactory scopes, IAppDbContext db) : IJurisdictionHop
{
    public async Task<TResponse> SendAsync<TResponse>(Guid tenantId, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        await using var scope = await EnterAsync(tenantId, cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request, cancellationToken);
    }

    public async Task<TResponse> SendAsync<TResponse>(Guid tenantId, ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = await EnterAsync(tenantId, cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    private async Task<AsyncServiceScope> EnterAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var slug = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Slug).FirstAsync(cancellationToken);
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, slug);
        return scope;
    }
}
