using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Subjects;

/// <summary>Shared reads of subjects inside the current tenant (the query filter scopes them).</summary>
public static class SubjectQueries
{
    public static Task<Subject?> FindByIdentifierAsync(this IAppDbContext db, IIdentifierProtector protector, string identifier, CancellationToken ct)
    {
        var hash = protector.Hash(Identifier.Normalize(identifier));
        return db.Subjects.FirstOrDefaultAsync(s => s.IdentifierHash == hash, ct);
    }

    public static async Task<SubjectDto> ToDtoAsync(this IAppDbContext db, Subject subject, CancellationToken ct)
    {
        SubjectRefDto? rep = null;
        if (subject.LegalRepresentativeId is { } repId)
        {
            rep = await db.Subjects.Where(s => s.Id == repId)
                .Select(s => new SubjectRefDto(s.Id, s.MaskedIdentifier, s.Name))
                .FirstOrDefaultAsync(ct);
        }

        return new SubjectDto(subject.Id, SubjectDto.KindName(subject.Kind), subject.MaskedIdentifier, subject.Name, rep);
    }
}
