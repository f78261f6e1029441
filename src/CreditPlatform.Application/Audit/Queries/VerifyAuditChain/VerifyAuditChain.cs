using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;

namespace CreditPlatform.Application.Audit.Queries.VerifyAuditChain;

/// <summary>Checks that no audit row of the current tenant was edited, removed or reordered.</summary>
public sealed record VerifyAuditChain : IRequest<AuditChainVerification>;

public sealed class VerifyAuditChainHandler(IAuditChainVerifier verifier, ITenantContext tenant)
    : IRequestHandler<VerifyAuditChain, AuditChainVerification>
{
    public Task<AuditChainVerification> Handle(VerifyAuditChain request, CancellationToken cancellationToken) =>
        verifier.VerifyAsync(tenant.TenantId ?? Guid.Empty, cancellationToken);
}
