using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using Mediator;

namespace CreditPlatform.Application.Lists.GetListEntry;

public sealed record GetListEntry(string ListCode, Guid Id) : IRequest<ListEntryDto>, IPersonalDataRead
{
    public Guid? AuditSubjectId => null;
}

public sealed class GetListEntryHandler(IAppDbContext db) : IRequestHandler<GetListEntry, ListEntryDto>
{
    public async ValueTask<ListEntryDto> Handle(GetListEntry request, CancellationToken cancellationToken)
    {
        var list = await db.RequireListAsync(request.ListCode, cancellationToken);
        var entry = await db.RequireEntryAsync(list, request.Id, cancellationToken);
        var linked = await db.LinkedToAsync([entry.Id], cancellationToken);
        return ListEntryDto.From(entry, list.Code, linked[entry.Id]);
    }
}
