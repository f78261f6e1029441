using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.Identification.GetIdentificationCandidates;

/// <summary>Enrolled subjects who might be the one a held entry names, most likely first, for an official to confirm.</summary>
public sealed record GetIdentificationCandidates(string ListCode, Guid EntryId) : IRequest<IReadOnlyList<IdentificationCandidate>>;

/// <param name="Similarity">Name similarity from 0 to 1.</param>
/// <param name="IdentifierMatches">The masked identifier on the entry equals the subject's (only meaningful when the entry carried one).</param>
public sealed record IdentificationCandidate(Guid SubjectId, string Name, string Kind, string MaskedIdentifier, double Similarity, bool IdentifierMatches);

public sealed class GetIdentificationCandidatesHandler(IAppDbContext db) : IRequestHandler<GetIdentificationCandidates, IReadOnlyList<IdentificationCandidate>>
{
    private const int MaxCandidates = 10;

    /// <summary>How many same-surname subjects are ranked; enough for any real namesake set, bounded for a large city.</summary>
    private const int MaxScanned = 5000;

    public async ValueTask<IReadOnlyList<IdentificationCandidate>> Handle(GetIdentificationCandidates request, CancellationToken cancellationToken)
    {
        var list = await db.RequireListAsync(request.ListCode, cancellationToken);
        var entry = await db.RequireEntryAsync(list, request.EntryId, cancellationToken);
        if (entry.Status != EntryStatus.PendingIdentification)
        {
            throw new ConflictException("This entry is not waiting for identification.");
        }

        var name = entry.Name.Trim();
        var first = name[..1];
        var masked = entry.MaskedIdentifier;
        var subjects = await db.Set<Subject>().AsNoTracking()
            .Where(s => s.Kind == entry.SubjectKind
                && (s.Name == name || s.Name.StartsWith(first) || (masked != "" && s.MaskedIdentifier == masked)))
            .OrderBy(s => s.Name).Take(MaxScanned)
            .Select(s => new { s.Id, s.Name, s.Kind, s.MaskedIdentifier })
            .ToListAsync(cancellationToken);

        return [.. subjects
            .Select(s => new IdentificationCandidate(
                s.Id, s.Name, SubjectDto.KindName(s.Kind), s.MaskedIdentifier,
                Math.Round(NameSimilarity.Of(name, s.Name), 3),
                masked.Length > 0 && s.MaskedIdentifier == masked))
            .OrderByDescending(c => c.IdentifierMatches).ThenByDescending(c => c.Similarity).ThenBy(c => c.SubjectId)
            .Take(MaxCandidates)];
    }
}
