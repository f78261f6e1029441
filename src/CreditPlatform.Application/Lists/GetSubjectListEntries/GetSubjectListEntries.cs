using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.GetSubjectListEntries;

/// <summary>
/// The entries on this jurisdiction's own lists that are about one of its subjects, matched by the keyed hash
/// of the identifier (entries keep no link to a subject: listing does not need enrolment).
/// </summary>
public sealed record GetSubjectListEntries(Guid SubjectId) : IRequest<IReadOnlyList<SubjectListingDto>>, IPersonalDataRead
{
    public Guid? AuditSubjectId => SubjectId;
}

public sealed record SubjectListingDto(string ListCode, string ListName, string ListKind, ListEntryDto Entry)
{
    /// <summary>The jurisdiction that made the entry when it is another one's national listing (null: made here).</summary>
    public string? Authority { get; init; }
}

public sealed class GetSubjectListEntriesHandler(IAppDbContext db, INationalListings nationalListings) : IRequestHandler<GetSubjectListEntries, IReadOnlyList<SubjectListingDto>>
{
    public async ValueTask<IReadOnlyList<SubjectListingDto>> Handle(GetSubjectListEntries request, CancellationToken cancellationToken)
    {
        var hash = await db.Subjects.Where(s => s.Id == request.SubjectId).Select(s => s.IdentifierHash).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such subject.");
        var rows = await db.Set<ListEntry>().AsNoTracking()
            .Where(e => e.IdentifierHash == hash)
            .Join(db.Set<CreditList>().AsNoTracking(), e => e.ListId, l => l.Id, (e, l) => new { Entry = e, List = l })
            .OrderByDescending(x => x.Entry.ListedAt)
            .ToListAsync(cancellationToken);
        var linked = await db.LinkedToAsync([.. rows.Select(r => r.Entry.Id)], cancellationToken);
        var national = await nationalListings.OfIdentifierAsync(hash, cancellationToken);
        return [
            .. rows.Select(r => new SubjectListingDto(r.List.Code, r.List.Name, ApiNames.Of(r.List.Kind), ListEntryDto.From(r.Entry, r.List.Code, linked[r.Entry.Id]))),
            .. national.Select(n => new SubjectListingDto(n.ListCode, n.ListName, char.ToLowerInvariant(n.ListKind[0]) + n.ListKind[1..],
                ListEntryDto.From(n.ToEntry(), n.ListCode, [])) { Authority = n.Authority }),
        ];
    }
}
