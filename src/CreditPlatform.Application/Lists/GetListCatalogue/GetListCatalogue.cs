using Mediator;

namespace CreditPlatform.Application.Lists.GetListCatalogue;

/// <summary>Every authority's lists: public, because nothing may be recorded that is not published.</summary>
public sealed record GetListCatalogue : IRequest<IReadOnlyList<CatalogueList>>;

public sealed record CatalogueList(string Code, string Name, string Authority, string Kind, string Scope, string Sector);

public sealed class GetListCatalogueHandler(IListCatalogue catalogue) : IRequestHandler<GetListCatalogue, IReadOnlyList<CatalogueList>>
{
    public async ValueTask<IReadOnlyList<CatalogueList>> Handle(GetListCatalogue request, CancellationToken cancellationToken) =>
        await catalogue.AllAsync(cancellationToken);
}
