using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>One appeal as its reviewer needs it: who recorded the entry and whose entry it is.</summary>
public sealed record GetAppealForReview(Guid AppealId) : IRequest<AppealReview>;

public sealed record AppealReview(AppealDto Appeal, Guid? SubjectId, string Recorder);

public sealed class GetAppealForReviewHandler(IAppDbContext db, ICurrentActor actor) : IRequestHandler<GetAppealForReview, AppealReview>
{
    public async Task<AppealReview> Handle(GetAppealForReview request, CancellationToken cancellationToken)
    {
        if (actor.SubjectId is not null)
        {
            throw new ForbiddenException("Only officials review appeals.");
        }

        var appeal = await db.Set<Appeal>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AppealId, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such appeal.");
        return new AppealReview(AppealDto.From(appeal), appeal.SubjectId, appeal.Recorder);
    }
}
