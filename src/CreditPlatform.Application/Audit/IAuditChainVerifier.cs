namespace CreditPlatform.Application.Audit;

/// <summary>Walks a tenant's audit chain and reports the first link that does not hold.</summary>
public interface IAuditChainVerifier
{
    Task<AuditChainVerification> VerifyAsync(Guid tenantId, CancellationToken cancellationToken);
}

/// <summary>The chain's state: intact, or where it first breaks and why.</summary>
public sealed record AuditChainVerification(long Entries, bool Intact, long? FirstBrokenSequence, string? Problem);
