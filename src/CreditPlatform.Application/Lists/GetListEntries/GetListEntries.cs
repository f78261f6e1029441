using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Domain.Lists;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.GetListEntries;

/// <summary>A page of a list's entries, newest listing first, optionally of one status.</summary>
public sealed record GetListEntries(string ListCode, string? Status, int? Page, int? PageSize) : IRequest<ListEntryPage>, IPersonalDataRead
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public Guid? AuditSubjectId => null;
}

public sealed class GetListEntriesHandler(IAppDbContext db) : IRequestHandler<GetListEntries, ListEntryPage>
{
    public async ValueTask<ListEntryPage> Handle(GetListEntries request, CancellationToken cancellationToken)
    {
        var list = await db.RequireListAsync(request.ListCode, cancellationToken);
        var page = request.Page ?? 1;
        var size = request.PageSize ?? GetListEntries.DefaultPageSize;
        var query = db.Set<ListEntry>().AsNoTracking().Where(e => e.ListId == list.Id);
        if (ApiNames.Parse<EntryStatus>(request.Status) is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.ListedAt).ThenBy(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var linked = await db.LinkedToAsync([.. entries.Select(e => e.Id)], cancellationToken);
        return new ListEntryPage([.. entries.Select(e => ListEntryDto.From(e, list.Code, linked[e.Id]))], page, size, total);
    }
}
