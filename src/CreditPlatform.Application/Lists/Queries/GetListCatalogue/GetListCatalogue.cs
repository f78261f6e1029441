using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.Queries.GetListCatalogue;

/// <summary>Every authority's lists: public, because nothing may be recorded that is not published.</summary>
public sealed record GetListCatalogue : IRequest<IReadOnlyList<CatalogueList>>;

public sealed record CatalogueList(string Code, string Name, string Authority, string Kind, string Scope, string Sector);

public sealed class GetListCatalogueHandler(IAppDbContext db) : IRequestHandler<GetListCatalogue, IReadOnlyList<CatalogueList>>
{
    public async ValueTask<IReadOnlyList<CatalogueList>> Handle(GetListCatalogue request, CancellationToken cancellationToken)
    {
        // Across jurisdictions: through the list_catalogue function (see migration 0003).
        var rows = await db.Database.SqlQuery<CatalogueList>($"""
            SELECT code AS "Code", name AS "Name", authority AS "Authority", lower(kind) AS "Kind", lower(scope) AS "Scope", sector AS "Sector"
            FROM list_catalogue()
            """).ToListAsync(cancellationToken);
        return rows;
    }
}
