using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals;

/// <summary>The reviewers' queue: open appeals, the nearest deadline first. Citizens see only their own.</summary>
public sealed record GetAppeals(bool OpenOnly) : IRequest<IReadOnlyList<AppealDto>>;

public sealed class GetAppealsHandler(IAppDbContext db, ICurrentActor actor) : IRequestHandler<GetAppeals, IReadOnlyList<AppealDto>>
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
            ? await AppealsElsewhere.FiledFromHomeAsync(db, subject, cancellationToken)
            : await AppealsElsewhere.EscalatedHereAsync(db, cancellationToken);
        var others = elsewhere.Select(a => a.ToDto()).Where(a => !request.OpenOnly || a.Status is "pending" or "escalated");
        return [.. rows.Select(AppealDto.From), .. others.OrderBy(a => a.DecisionDue)];
    }
}

/// <summary>A subject's inbox, newest first: ledger notices by subject, list notices by the identifier's hash.</summary>
public sealed record GetNotifications(Guid SubjectId) : IRequest<IReadOnlyList<NotificationDto>>, IPersonalDataRead
{
    public Guid? AuditSubjectId => SubjectId;
}

public sealed record NotificationDto(
    Guid Id, string Kind, string TextZh, string TextEn, string LegalBasis, DateTimeOffset? AppealDeadline,
    Guid? LedgerEntryId, Guid? ListEntryId, Guid? AppealId, DateTimeOffset CreatedAt);

public sealed class GetNotificationsHandler(IAppDbContext db, ICurrentActor actor) : IRequestHandler<GetNotifications, IReadOnlyList<NotificationDto>>
{
    public async ValueTask<IReadOnlyList<NotificationDto>> Handle(GetNotifications request, CancellationToken cancellationToken)
    {
        if (actor.SubjectId is { } self && self != request.SubjectId)
        {
            throw new ForbiddenException("You may read only your own notifications.");
        }

        var subject = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SubjectId, cancellationToken)
            ?? throw new NotFoundException("No such subject is enrolled in this jurisdiction.");
        var hash = subject.IdentifierHash;
        var rows = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.SubjectId == subject.Id || n.IdentifierHash == hash)
            .OrderByDescending(n => n.CreatedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(n => new NotificationDto(n.Id, ApiNames.Of(n.Kind), n.TextZh, n.TextEn, n.LegalBasis, n.AppealDeadline,
            n.LedgerEntryId, n.ListEntryId, n.AppealId, n.CreatedAt))];
    }
}
