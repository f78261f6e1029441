using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Subjects.ChangeContact;

/// <summary>Replaces a subject's contact address; an absent field clears it.</summary>
public sealed record ChangeContact(Guid SubjectId, ContactInput Contact) : ICommand<SubjectDto>, ISubjectCommand
{
    public Guid? AuditSubjectId => SubjectId;
}

public sealed class ChangeContactHandler(IAppDbContext db, IIdentifierProtector protector) : ICommandHandler<ChangeContact, SubjectDto>
{
    public async ValueTask<SubjectDto> Handle(ChangeContact request, CancellationToken cancellationToken)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == request.SubjectId, cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");
        subject.SetContact(protector, request.Contact);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(subject, cancellationToken);
    }
}
