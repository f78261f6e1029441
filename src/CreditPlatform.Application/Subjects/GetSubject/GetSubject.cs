using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Subjects.GetSubject;

public sealed record GetSubject(Guid Id) : IRequest<SubjectDto>, IPersonalDataRead
{
    public Guid? AuditSubjectId => Id;
}

public sealed class GetSubjectHandler(IAppDbContext db) : IRequestHandler<GetSubject, SubjectDto>
{
    public async ValueTask<SubjectDto> Handle(GetSubject request, CancellationToken cancellationToken)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");
        return await db.ToDtoAsync(subject, cancellationToken);
    }
}
