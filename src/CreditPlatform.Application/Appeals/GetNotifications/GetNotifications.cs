using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.GetNotifications;

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
