using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.GetList;

public sealed record GetList(string Code) : IRequest<ListDto>;

public sealed class GetListHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<GetList, ListDto>
{
    public async ValueTask<ListDto> Handle(GetList request, CancellationToken cancellationToken) =>
        ListDto.From(await db.RequireListAsync(request.Code, cancellationToken), tenant.Slug!);
}
