using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Oversight;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Oversight.GetSuspension;

/// <summary>A rule's or list's suspension: the one in force, else the last one lifted, else "not suspended".</summary>
public sealed record GetSuspension(SuspensionTarget Target, string Code) : IRequest<SuspensionDto>;

public sealed class GetSuspensionHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor) : IRequestHandler<GetSuspension, SuspensionDto>
{
    public async ValueTask<SuspensionDto> Handle(GetSuspension request, CancellationToken cancellationToken)
    {
        await OversightAccess.EnsureReaderAsync(db, tenant, actor, cancellationToken);
        var code = Suspensions.Normalise(request.Code);
        await Suspensions.EnsureExistsAsync(db, request.Target, code, cancellationToken);
        var latest = await db.Set<Suspension>().AsNoTracking()
            .Where(s => s.Target == request.Target && s.Code == code)
            .OrderBy(s => s.LiftedAt != null).ThenByDescending(s => s.SuspendedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? SuspensionDto.None(request.Target, code) : SuspensionDto.From(latest);
    }
}
