using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.GetAppealEvidenceFile;

/// <summary>One piece of an appeal's evidence, for its reviewer to open.</summary>
public sealed record GetAppealEvidenceFile(Guid AppealId, Guid EvidenceId) : IRequest<EvidenceContent>;

public sealed record EvidenceContent(string FileName, string ContentType, byte[] Content);

public sealed class GetAppealEvidenceFileHandler(IAppDbContext db, ICurrentActor actor, IJurisdictionHop hop, IAppealsElsewhere elsewhere) : IRequestHandler<GetAppealEvidenceFile, EvidenceContent>
{
    public async ValueTask<EvidenceContent> Handle(GetAppealEvidenceFile request, CancellationToken cancellationToken)
    {
        if (actor.SubjectId is not null)
        {
            throw new ForbiddenException("Only officials review appeals.");
        }

        if (!await db.Set<Appeal>().AnyAsync(a => a.Id == request.AppealId, cancellationToken))
        {
            return await elsewhere.OwnerOfEscalatedAsync(request.AppealId, cancellationToken) is { } owner
                ? await hop.SendAsync(owner, request, cancellationToken)
                : throw new NotFoundException("This jurisdiction has no such appeal.");
        }

        return await db.Set<AppealEvidence>().AsNoTracking()
            .Where(e => e.AppealId == request.AppealId && e.Id == request.EvidenceId)
            .Select(e => new EvidenceContent(e.FileName, e.ContentType, e.Content))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("This appeal has no such evidence.");
    }
}
