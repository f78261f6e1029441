using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Subjects.SearchSubjects;

/// <summary>
/// Subjects of the current tenant whose name starts with <see cref="NamePrefix"/> (case as typed),
/// a page at a time, ordered by name. A search lists people's names, so it is audited like any read of them.
/// </summary>
public sealed record SearchSubjects(string? NamePrefix, int PageNumber = 1) : IRequest<SubjectSearchPage>, IPersonalDataRead
{
    public const int PageSize = 20;
    public const int MaxPageNumber = 10_000;

    public Guid? AuditSubjectId => null;
}

public sealed record SubjectSummaryDto(Guid Id, string Kind, string MaskedIdentifier, string Name);

/// <summary>One page of matches and the total, so a page can say "page 2 of 7".</summary>
public sealed record SubjectSearchPage(IReadOnlyList<SubjectSummaryDto> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
}

public sealed class SearchSubjectsHandler(IAppDbContext db) : IRequestHandler<SearchSubjects, SubjectSearchPage>
{
    public async ValueTask<SubjectSearchPage> Handle(SearchSubjects request, CancellationToken cancellationToken)
    {
        var prefix = request.NamePrefix!.Trim();

        // StartsWith becomes a LIKE prefix match, served by ix_subjects_tenant_id_name (text_pattern_ops).
        var matches = db.Subjects.Where(s => s.Name.StartsWith(prefix));
        var total = await matches.CountAsync(cancellationToken);
        var rows = await matches
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((request.PageNumber - 1) * SearchSubjects.PageSize)
            .Take(SearchSubjects.PageSize)
            .Select(s => new { s.Id, s.Kind, s.MaskedIdentifier, s.Name })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new SubjectSummaryDto(r.Id, SubjectDto.KindName(r.Kind), r.MaskedIdentifier, r.Name)).ToList();
        return new SubjectSearchPage(items, request.PageNumber, SearchSubjects.PageSize, total);
    }
}
