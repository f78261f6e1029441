using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Tenants.GetTenants;

/// <summary>Every jurisdiction in tree order, optionally only those whose slug or either name contains <paramref name="Search"/>.</summary>
public sealed record GetTenants(string? Search = null) : IQuery<IReadOnlyList<JurisdictionDto>>;

public sealed class GetTenantsHandler(IAppDbContext db) : IQueryHandler<GetTenants, IReadOnlyList<JurisdictionDto>>
{
    public async ValueTask<IReadOnlyList<JurisdictionDto>> Handle(GetTenants request, CancellationToken cancellationToken)
    {
        var all = await Jurisdictions.AllAsync(db, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Search))
        {
            return all;
        }

        var term = request.Search.Trim();
        return all.Where(t => t.Slug.Contains(term, StringComparison.OrdinalIgnoreCase)
            || t.NameZh.Contains(term, StringComparison.OrdinalIgnoreCase)
            || t.NameEn.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
