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

    /// <summary>Replaces the subject's contact address with <paramref name="contact"/> (null fields clear it).</summary>
    public static void SetContact(this Subject subject, IIdentifierProtector protector, ContactInput? contact)
    {
        var email = string.IsNullOrWhiteSpace(contact?.Email) ? null : ContactAddress.NormalizeEmail(contact.Email);
        var phone = string.IsNullOrWhiteSpace(contact?.Phone) ? null : ContactAddress.NormalizePhone(contact.Phone);
        subject.EmailCipher = email is null ? null : protector.Encrypt(email);
        subject.MaskedEmail = email is null ? null : ContactAddress.MaskEmail(email);
        subject.PhoneCipher = phone is null ? null : protector.Encrypt(phone);
        subject.MaskedPhone = phone is null ? null : ContactAddress.MaskPhone(phone);
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

        return new SubjectDto(subject.Id, SubjectDto.KindName(subject.Kind), subject.MaskedIdentifier, subject.Name, rep, ContactDto.Of(subject));
    }
}
