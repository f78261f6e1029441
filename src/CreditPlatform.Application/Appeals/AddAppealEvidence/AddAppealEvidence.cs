using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.AddAppealEvidence;

/// <summary>Attach a PDF, JPEG or PNG of at most 5 MB to an open appeal.</summary>
public sealed record AddAppealEvidence(Guid AppealId, string? FileName, byte[] Content) : ICommand<EvidenceAdded>
{
    /// <summary>Set only when the subject's home jurisdiction has checked that the appeal, kept by the issuer, is theirs.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool CheckedAtHome { get; init; }
}

public sealed record EvidenceAdded(Guid Id, string ContentType, int Size);

public sealed class AddAppealEvidenceHandler(IAppDbContext db, ICurrentActor actor, IJurisdictionHop hop, IAppealsElsewhere elsewhere, TimeProvider clock)
    : ICommandHandler<AddAppealEvidence, EvidenceAdded>
{
    public async ValueTask<EvidenceAdded> Handle(AddAppealEvidence request, CancellationToken cancellationToken)
    {
        var appeal = await db.Set<Appeal>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AppealId, cancellationToken);
        if (appeal is null)
        {
            // An appeal filed from here against a national entry is kept by its issuer: the evidence goes there.
            var fromHome = request.CheckedAtHome ? null : (await elsewhere.FiledFromHomeAsync(null, cancellationToken))
                .FirstOrDefault(a => a.Id == request.AppealId);
            if (fromHome is null)
            {
                throw new NotFoundException("This jurisdiction has no such appeal.");
            }

            if (actor.SubjectId is { } self && !await db.Subjects.AsNoTracking()
                    .AnyAsync(s => s.Id == fromHome.HomeSubjectId && (s.Id == self || s.LegalRepresentativeId == self), cancellationToken))
            {
                throw new ForbiddenException("You may act only on your own records or those of a company you represent.");
            }

            return await hop.SendAsync(fromHome.TenantId, request with { CheckedAtHome = true }, cancellationToken);
        }

        if (!appeal.Status.IsOpen())
        {
            throw new ConflictException("Evidence can be added only while the appeal is open.");
        }

        var target = await AppealedEntry.LoadAsync(db, appeal.LedgerEntryId, appeal.ListEntryId, cancellationToken);
        if (!(request.CheckedAtHome && appeal.HomeTenantId is not null))
        {
            await target.EnsureActorMayActAsync(db, actor, cancellationToken);
        }

        var evidence = new AppealEvidence
        {
            TenantId = appeal.TenantId,
            Id = Guid.CreateVersion7(),
            AppealId = appeal.Id,
            FileName = Path.GetFileName(request.FileName!.Trim()),
            ContentType = EvidenceType.Detect(request.Content)!,
            Content = request.Content,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = actor.Label,
        };
        db.Set<AppealEvidence>().Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        return new EvidenceAdded(evidence.Id, evidence.ContentType, evidence.Content.Length);
    }
}
