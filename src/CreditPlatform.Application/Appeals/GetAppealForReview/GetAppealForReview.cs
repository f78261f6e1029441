using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.GetAppealForReview;

/// <summary>One appeal as its reviewer needs it: the appellant, the entry and its list, the evidence and earlier decisions.</summary>
public sealed record GetAppealForReview(Guid AppealId) : IRequest<AppealReview>;

public sealed record AppealReview(
    AppealDto Appeal, Guid? SubjectId, string Recorder, Appellant Appellant, ListingUnderAppeal? Listing,
    IReadOnlyList<EvidenceFile> Evidence, IReadOnlyList<AppealDto> EarlierDecisions);

/// <summary>Who appealed: name and masked identifier only, and where they live when they appealed from elsewhere.</summary>
public sealed record Appellant(string Name, string MaskedIdentifier, string? HomeJurisdiction, string FiledBy);

public sealed record ListingUnderAppeal(
    Guid Id, string ListCode, string ListName, string LegalBasis, string Reason, string DocumentNumber, IReadOnlyList<string> Measures,
    string Status, DateTimeOffset ListedAt, DateTimeOffset ExpiresAt);

public sealed record EvidenceFile(Guid Id, string FileName, string ContentType, int Bytes, DateTimeOffset UploadedAt);

public sealed class GetAppealForReviewHandler(IAppDbContext db, ICurrentActor actor, IJurisdictionHop hop, IAppealsElsewhere elsewhere) : IRequestHandler<GetAppealForReview, AppealReview>
{
    public async ValueTask<AppealReview> Handle(GetAppealForReview request, CancellationToken cancellationToken)
    {
        if (actor.SubjectId is not null)
        {
            throw new ForbiddenException("Only officials review appeals.");
        }

        var appeal = await db.Set<Appeal>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AppealId, cancellationToken);
        if (appeal is null)
        {
            return await elsewhere.OwnerOfEscalatedAsync(request.AppealId, cancellationToken) is { } owner
                ? await hop.SendAsync(owner, request, cancellationToken)
                : throw new NotFoundException("This jurisdiction has no such appeal.");
        }

        ListingUnderAppeal? listing = null;
        Appellant appellant;
        if (appeal.ListEntryId is { } listEntryId)
        {
            var entry = await db.Set<ListEntry>().AsNoTracking().FirstAsync(e => e.Id == listEntryId, cancellationToken);
            var list = await db.Set<CreditList>().AsNoTracking().FirstAsync(l => l.Id == entry.ListId, cancellationToken);
            listing = new ListingUnderAppeal(entry.Id, list.Code, list.Name, list.LegalBasis, entry.Reason, entry.DocumentNumber,
                entry.Measures, ApiNames.Of(entry.Status), entry.ListedAt, entry.ExpiresAt);
            var home = appeal.HomeTenantId is { } homeId
                ? await db.Tenants.AsNoTracking().Where(t => t.Id == homeId).Select(t => t.Slug).FirstOrDefaultAsync(cancellationToken)
                : null;
            appellant = new Appellant(entry.Name, entry.MaskedIdentifier, home, appeal.FiledBy);
        }
        else
        {
            var subject = await db.Subjects.AsNoTracking().FirstAsync(s => s.Id == appeal.SubjectId, cancellationToken);
            appellant = new Appellant(subject.Name, subject.MaskedIdentifier, null, appeal.FiledBy);
        }

        var evidence = await db.Set<AppealEvidence>().AsNoTracking()
            .Where(e => e.AppealId == appeal.Id)
            .OrderBy(e => e.UploadedAt)
            .Select(e => new EvidenceFile(e.Id, e.FileName, e.ContentType, e.Content.Length, e.UploadedAt))
            .ToListAsync(cancellationToken);
        var earlier = await db.Set<Appeal>().AsNoTracking()
            .Where(a => a.Id != appeal.Id && a.DecidedAt != null
                && (a.ListEntryId != null && a.ListEntryId == appeal.ListEntryId
                    || a.SubjectId != null && a.SubjectId == appeal.SubjectId
                    || a.IdentifierHash != null && a.IdentifierHash == appeal.IdentifierHash))
            .OrderByDescending(a => a.DecidedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        return new AppealReview(AppealDto.From(appeal), appeal.SubjectId, appeal.Recorder, appellant, listing, evidence,
            [.. earlier.Select(AppealDto.From)]);
    }
}
