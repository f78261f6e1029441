using Mediator;

namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>
/// Sends a request in another jurisdiction's own unit of work (its own scope, connection, transaction, row-level
/// security and audit chain), for the same caller. Used only after a narrow SECURITY DEFINER function has said
/// the caller's jurisdiction is entitled to act there: an appeal filed from home against a national entry goes
/// to its issuer, and an escalated appeal is decided by the parent the deadline handed it to.
/// </summary>
public interface IJurisdictionHop
{
    Task<TResponse> SendAsync<TResponse>(Guid tenantId, IRequest<TResponse> request, CancellationToken cancellationToken);

    Task<TResponse> SendAsync<TResponse>(Guid tenantId, ICommand<TResponse> command, CancellationToken cancellationToken);
}
