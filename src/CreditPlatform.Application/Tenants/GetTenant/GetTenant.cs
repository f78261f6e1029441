using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Mediator;

namespace CreditPlatform.Application.Tenants.GetTenant;

/// <summary>One jurisdiction with its parent, ancestors and children.</summary>
public sealed record GetTenant(string Slug) : IQuery<JurisdictionDto>;

public sealed class GetTenantHandler(IAppDbContext db) : IQueryHandler<GetTenant, JurisdictionDto>
{
    public async ValueTask<JurisdictionDto> Handle(GetTenant request, CancellationToken cancellationToken) =>
        (await Jurisdictions.AllAsync(db, cancellationToken)).FirstOrDefault(t => t.Slug == request.Slug)
        ?? throw new NotFoundException("No jurisdiction has this slug.");
}
