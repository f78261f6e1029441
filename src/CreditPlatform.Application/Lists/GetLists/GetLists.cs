using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.GetLists;

/// <summary>The lists the current jurisdiction publishes.</summary>
public sealed record GetLists : IRequest<IReadOnlyList<ListDto>>;

public sealed class GetListsHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<GetLists, IReadOnlyList<ListDto>>
{
    public async ValueTask<IReadOnlyList<ListDto>> Handle(GetLists request, CancellationToken cancellationToken)
    {
        var lists = await db.Set<CreditList>().AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);
        return [.. lists.Select(l => ListDto.From(l, tenant.Slug!))];
    }
}
