using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Subjects.LookupSubject;

/// <summary>Find a subject by its identifier (exact match on the keyed hash; the identifier travels in the body).</summary>
public sealed record LookupSubject(string? Identifier) : IRequest<SubjectDto>, IPersonalDataRead
{
    public Guid? AuditSubjectId => null;
}

public sealed class LookupSubjectHandler(IAppDbContext db, IIdentifierProtector protector)
    : IRequestHandler<LookupSubject, SubjectDto>
{
    public async ValueTask<SubjectDto> Handle(LookupSubject request, CancellationToken cancellationToken)
    {
        var subject = await db.FindByIdentifierAsync(protector, request.Identifier!, cancellationToken)
            ?? throw new NotFoundException("No subject with this identifier is enrolled in this jurisdiction.");
        return await db.ToDtoAsync(subject, cancellationToken);
    }
}
