using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Application.Subjects.SearchSubjects;
using CreditPlatform.Domain.Subjects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.FindResidents;

/// <summary>
/// A gatherer's resident search: any part of the name ("伟" finds 张伟), or, when only Latin letters are typed, the
/// pinyin initials kept with the name ("zw" finds 张伟). Never by identifier: that is what the search may not leak.
/// Audited like any read of names.
/// </summary>
public sealed record FindResidents(string? Text) : IRequest<IReadOnlyList<SubjectSummaryDto>>, IPersonalDataRead
{
    public const int MaxResults = 20;
    public const int TextMaxLength = 50;

    public Guid? AuditSubjectId => null;
}

public sealed class FindResidentsHandler(IAppDbContext db) : IRequestHandler<FindResidents, IReadOnlyList<SubjectSummaryDto>>
{
    public async ValueTask<IReadOnlyList<SubjectSummaryDto>> Handle(FindResidents request, CancellationToken cancellationToken)
    {
        var text = request.Text!.Trim();
        var initials = PinyinInitials.LooksLikeInitials(text) ? text.ToLowerInvariant() : null;
        var matches = initials is null
            ? db.Subjects.Where(s => s.Name.Contains(text))
            : db.Subjects.Where(s => s.Name.Contains(text) || s.NameInitials.Contains(initials));

        // Names that start with what was typed come first, then the shortest: 张伟 before 张伟明 before 李张伟.
        var rows = await matches
            .OrderBy(s => initials != null && s.NameInitials.StartsWith(initials) || s.Name.StartsWith(text) ? 0 : 1)
            .ThenBy(s => s.Name.Length).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Take(FindResidents.MaxResults)
            .Select(s => new { s.Id, s.Kind, s.MaskedIdentifier, s.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SubjectSummaryDto(r.Id, SubjectDto.KindName(r.Kind), r.MaskedIdentifier, r.Name))];
    }
}
