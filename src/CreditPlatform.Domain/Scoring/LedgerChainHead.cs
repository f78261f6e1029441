using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// The end of a tenant's chain. Appends lock this row, so entries are sequenced one writer at a time per tenant;
/// it also lets verification notice entries cut off the end, which the links alone cannot show.
/// </summary>
public sealed class LedgerChainHead : ITenantOwned
{
    public Guid TenantId { get; set; }
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = LedgerHash.Genesis;
    public DateTimeOffset UpdatedAt { get; set; }
}
