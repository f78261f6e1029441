using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Oversight;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Oversight.ListSuspensions;

/// <summary>The suspensions in force in this jurisdiction, as its rule and list pages show them.</summary>
public sealed record ListSuspensions : IRequest<IReadOnlyList<SuspensionDto>>;

public sealed class ListSuspensionsHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor) : IRequestHandler<ListSuspensions, IReadOnlyList<SuspensionDto>>
{
    public async ValueTask<IReadOnlyList<SuspensionDto>> Handle(ListSuspensions request, CancellationToken cancellationToken)
    {
        await OversightAccess.EnsureReaderAsync(db, tenant, actor, cancellationToken);
        var rows = await db.Set<Suspension>().AsNoTracking()
            .Where(s => s.LiftedAt == null)
            .OrderByDescending(s => s.SuspendedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(SuspensionDto.From)];
    }
}
