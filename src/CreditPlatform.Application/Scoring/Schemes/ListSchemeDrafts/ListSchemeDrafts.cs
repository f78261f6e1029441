using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.ListSchemeDrafts;

/// <summary>The jurisdiction's drafted scheme changes, newest first: waiting, approved and rejected.</summary>
public sealed record ListSchemeDrafts : IRequest<IReadOnlyList<SchemeDraftDto>>;

public sealed class ListSchemeDraftsHandler(IAppDbContext db, PersonResolver persons, IUserDirectory users)
    : IRequestHandler<ListSchemeDrafts, IReadOnlyList<SchemeDraftDto>>
{
    public async ValueTask<IReadOnlyList<SchemeDraftDto>> Handle(ListSchemeDrafts request, CancellationToken cancellationToken)
    {
        var drafts = await db.Set<SchemeDraft>().AsNoTracking().OrderByDescending(d => d.DraftedAt).Take(100).ToListAsync(cancellationToken);
        var names = await SchemeDraftDto.NamesAsync(drafts, persons, users, cancellationToken);
        return [.. drafts.Select(d => SchemeDraftDto.From(d, names))];
    }
}
