using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.GetOfficeNotices;

/// <summary>The latest unread notices to the current jurisdiction's offices, newest first.</summary>
public sealed record GetOfficeNotices(int Limit = GetOfficeNotices.DefaultLimit) : IRequest<IReadOnlyList<OfficeNoticeDto>>
{
    public const int DefaultLimit = 20;
}

public sealed record OfficeNoticeDto(Guid Id, string Kind, Guid? AppealId, string TitleZh, string TitleEn, string BodyZh, string BodyEn, DateTimeOffset CreatedAt);

public sealed class GetOfficeNoticesHandler(IAppDbContext db) : IRequestHandler<GetOfficeNotices, IReadOnlyList<OfficeNoticeDto>>
{
    public async ValueTask<IReadOnlyList<OfficeNoticeDto>> Handle(GetOfficeNotices request, CancellationToken cancellationToken) =>
        await db.Set<OfficeNotice>().AsNoTracking()
            .Where(n => n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Math.Clamp(request.Limit, 1, 100))
            .Select(n => new OfficeNoticeDto(n.Id, n.Kind, n.AppealId, n.TitleZh, n.TitleEn, n.BodyZh, n.BodyEn, n.CreatedAt))
            .ToListAsync(cancellationToken);
}
