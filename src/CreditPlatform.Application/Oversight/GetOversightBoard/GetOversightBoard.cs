using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Oversight.GetJurisdictionOversight;
using Mediator;

namespace CreditPlatform.Application.Oversight.GetOversightBoard;

/// <summary>
/// The jurisdictions below the actor's (all of them for the platform), each read in its own unit of work, with what
/// may be suspended there and what is suspended now.
/// </summary>
public sealed record GetOversightBoard(string Language) : IRequest<IReadOnlyList<JurisdictionOversight>>;

public sealed class GetOversightBoardHandler(IAppDbContext db, ICurrentActor actor, ITenantContext tenant, IJurisdictionHop hop)
    : IRequestHandler<GetOversightBoard, IReadOnlyList<JurisdictionOversight>>
{
    public async ValueTask<IReadOnlyList<JurisdictionOversight>> Handle(GetOversightBoard request, CancellationToken cancellationToken)
    {
        var below = await OversightAccess.DescendantsAsync(db, actor.IsPlatform ? null : actor.TenantId ?? tenant.TenantId, cancellationToken);
        var board = new List<JurisdictionOversight>();
        foreach (var id in below)
        {
            board.Add(await hop.SendAsync(id, new GetJurisdictionOversight.GetJurisdictionOversight(request.Language), cancellationToken));
        }

        return board;
    }
}
