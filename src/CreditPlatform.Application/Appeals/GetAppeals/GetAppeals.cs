using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.GetAppeals;

/// <summary>The reviewers' queue: open appeals, the nearest deadline first. Citizens see only their own.</summary>
public sealed record GetAppeals(bool OpenOnly) : IRequest<IReadOnlyList<AppealDto>>;

public sealed class GetAppealsHandler(IAppDbContext db, ICurrentActor actor, IAppealsElsewhere appealsElsewhere) : IRequestHandler<GetAppeals, IReadOnlyList<AppealDto>>
{
    public async ValueTask<IReadOnlyList<AppealDto>> Handle(GetAppeals request, CancellationToken cancellationToken)
    {
        var appeals = db.Set<Appeal>().AsNoTracking();
        if (request.OpenOnly)
        {
            appeals = appeals.Where(a => a.Status == AppealStatus.Pending || a.Status == AppealStatus.Escalated);
        }

        if (actor.SubjectId is { } self)
        {
            appeals = appeals.Where(a => a.SubjectId == self || a.FiledBy == actor.Label);
        }

        var rows = await appeals.OrderBy(a => a.DecisionDue).Take(500).ToListAsync(cancellationToken);

        // Kept elsewhere: a citizen's appeals filed from here against national entries (decided by their issuers),
        // and for officials the appeals a missed deadline handed to this jurisdiction.
        var elsewhere = actor.SubjectId is { } subject
            ? await appealsElsewhere.FiledFromHomeAsync(subject, cancellationToken)
            : await appealsElsewhere.EscalatedHereAsync(cancellationToken);
        var others = elsewhere.Select(a => a.ToDto()).Where(a => !request.OpenOnly || a.Status is "pending" or "escalated");
        return [.. rows.Select(AppealDto.From), .. others.OrderBy(a => a.DecisionDue)];
    }
}
