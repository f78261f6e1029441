using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Oversight;
using Mediator;

namespace CreditPlatform.Application.Oversight.CheckOverseer;

/// <summary>
/// Refuses (403 or 404) unless the caller oversees the jurisdiction of the route with the scope acting on the target
/// needs. Endpoints send it before a suspension's command, so a caller who may not act learns nothing from how a body
/// would have been validated; the command's handler checks again in its own transaction.
/// </summary>
public sealed record CheckOverseer(SuspensionTarget Target) : IRequest<bool>;

public sealed class CheckOverseerHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor) : IRequestHandler<CheckOverseer, bool>
{
    public async ValueTask<bool> Handle(CheckOverseer request, CancellationToken cancellationToken)
    {
        var scope = request.Target == SuspensionTarget.Rule ? Scopes.RulesWrite : Scopes.ListsWrite;
        await OversightAccess.EnsureOverseerAsync(db, tenant, actor, scope, cancellationToken);
        return true;
    }
}
