using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Subjects;
using Mediator;

namespace CreditPlatform.Application.Subjects.EnrolSubject;

public sealed record LegalRepresentativeInput(string? Identifier, string? Name);

/// <summary>Enrol a person or an organisation (with its legal representative) in the current tenant.</summary>
public sealed record EnrolSubject(string? Kind, string? Identifier, string? Name, LegalRepresentativeInput? LegalRepresentative, ContactInput? Contact = null)
    : ICommand<SubjectDto>;

public sealed class EnrolSubjectHandler(IAppDbContext db, ITenantContext tenant, IIdentifierProtector protector, TimeProvider clock)
    : ICommandHandler<EnrolSubject, SubjectDto>
{
    public async ValueTask<SubjectDto> Handle(EnrolSubject request, CancellationToken cancellationToken)
    {
        var kind = SubjectKinds.Parse(request.Kind)!.Value;
        if (await db.FindByIdentifierAsync(protector, request.Identifier!, cancellationToken) is not null)
        {
            throw new ConflictException("A subject with this identifier is already enrolled in this jurisdiction.");
        }

        Guid? repId = null;
        if (kind == SubjectKind.Organization && request.LegalRepresentative is { Identifier: not null } rep)
        {
            var existing = await db.FindByIdentifierAsync(protector, rep.Identifier, cancellationToken);
            repId = existing?.Id ?? New(SubjectKind.Person, rep.Identifier, rep.Name!, null).Id;
        }

        var subject = New(kind, request.Identifier!, request.Name!, repId);
        subject.SetContact(protector, request.Contact);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(subject, cancellationToken);

        Subject New(SubjectKind k, string identifier, string name, Guid? legalRep)
        {
            var normalized = Identifier.Normalize(identifier);
            var s = new Subject
            {
                TenantId = tenant.TenantId!.Value,
                Id = Guid.CreateVersion7(),
                Kind = k,
                IdentifierHash = protector.Hash(normalized),
                IdentifierCipher = protector.Encrypt(normalized),
                MaskedIdentifier = Identifier.Mask(normalized),
                Name = name.Trim(),
                LegalRepresentativeId = legalRep,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Subjects.Add(s);
            return s;
        }
    }
}
