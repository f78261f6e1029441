using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.ListListDrafts;

/// <summary>The jurisdiction's drafted lists, newest first: waiting, approved and rejected.</summary>
public sealed record ListListDrafts : IRequest<IReadOnlyList<ListDraftDto>>;

public sealed class ListListDraftsHandler(IAppDbContext db, PersonResolver persons, IUserDirectory users)
    : IRequestHandler<ListListDrafts, IReadOnlyList<ListDraftDto>>
{
    public async ValueTask<IReadOnlyList<ListDraftDto>> Handle(ListListDrafts request, CancellationToken cancellationToken)
    {
        var drafts = await db.Set<ListDraft>().AsNoTracking().OrderByDescending(d => d.DraftedAt).Take(100).ToListAsync(cancellationToken);
        var names = await ListDraftDto.NamesAsync(drafts, persons, users, cancellationToken);
        return [.. drafts.Select(d => ListDraftDto.From(d, names))];
    }
}
