using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.Queries.GetLists;

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

public sealed record GetList(string Code) : IRequest<ListDto>;

public sealed class GetListHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<GetList, ListDto>
{
    public async ValueTask<ListDto> Handle(GetList request, CancellationToken cancellationToken) =>
        ListDto.From(await db.RequireListAsync(request.Code, cancellationToken), tenant.Slug!);
}
