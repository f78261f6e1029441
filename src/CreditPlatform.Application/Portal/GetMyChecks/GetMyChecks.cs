using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Portal.GetMyChecks;

/// <summary>One check of the citizen's identifier: which organisation asked, when, for which measure, and the answer.</summary>
public sealed record CheckOfMe(DateTimeOffset At, string Organisation, string? Measure, bool Restricted);

/// <summary>Who has checked the signed-in citizen's identifier, newest first; the subject comes from the sign-in.</summary>
public sealed record GetMyChecks : IRequest<IReadOnlyList<CheckOfMe>>, IPersonalDataRead
{
    public const int Limit = 500;

    public Guid? AuditSubjectId => null;
}

public sealed class GetMyChecksHandler(IAppDbContext db, ICurrentActor actor, ICheckHistory history) : IRequestHandler<GetMyChecks, IReadOnlyList<CheckOfMe>>
{
    public async ValueTask<IReadOnlyList<CheckOfMe>> Handle(GetMyChecks request, CancellationToken cancellationToken)
    {
        var subjectId = actor.SubjectId ?? throw new ForbiddenException("Only a signed-in citizen has checks of their own.");
        var hash = await db.Subjects.Where(s => s.Id == subjectId).Select(s => s.IdentifierHash).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");
        return await history.OfIdentifierAsync(hash, GetMyChecks.Limit, cancellationToken);
    }
}
