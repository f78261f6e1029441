using CreditPlatform.Application.Common.Abstractions;
using Mediator;

namespace CreditPlatform.Application.Audit.VerifyAuditChain;

/// <summary>Checks that no audit row of the current tenant was edited, removed or reordered.</summary>
public sealed record VerifyAuditChain : IRequest<AuditChainVerification>;

public sealed class VerifyAuditChainHandler(IAuditChainVerifier verifier, ITenantContext tenant)
    : IRequestHandler<VerifyAuditChain, AuditChainVerification>
{
    public ValueTask<AuditChainVerification> Handle(VerifyAuditChain request, CancellationToken cancellationToken) =>
        new(verifier.VerifyAsync(tenant.TenantId ?? Guid.Empty, cancellationToken));
}
