using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Oversight;
using Mediator;

namespace CreditPlatform.Application.Oversight.ActBelow;

/// <summary>What an overseer does from their own pages in a jurisdiction below.</summary>
public enum OversightAction
{
    Suspend,
    ProposeLift,
    ApproveLift,
}

/// <summary>
/// Suspend, propose lifting or approve lifting in a jurisdiction below, from the overseer's own pages: the step runs in
/// that jurisdiction's own unit of work (its row-level security and audit chain), where its handler checks the ancestry
/// again; this command is audited on the overseer's side as well.
/// </summary>
public sealed record ActBelow(Guid TenantId, OversightAction Action, SuspensionTarget Target, string Code, string? Text) : ICommand<SuspensionDto>;

public sealed class ActBelowHandler(IJurisdictionHop hop) : ICommandHandler<ActBelow, SuspensionDto>
{
    public async ValueTask<SuspensionDto> Handle(ActBelow request, CancellationToken cancellationToken) => request.Action switch
    {
        OversightAction.Suspend => await hop.SendAsync(request.TenantId,
            new Suspend.Suspend(request.Text ?? "") { Target = request.Target, Code = request.Code }, cancellationToken),
        OversightAction.ProposeLift => await hop.SendAsync(request.TenantId,
            new ProposeLift.ProposeLift(request.Text) { Target = request.Target, Code = request.Code }, cancellationToken),
        _ => await hop.SendAsync(request.TenantId, new ApproveLift.ApproveLift { Target = request.Target, Code = request.Code }, cancellationToken),
    };
}
