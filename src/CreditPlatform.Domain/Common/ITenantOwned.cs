namespace CreditPlatform.Domain.Common;

/// <summary>
/// Marks an entity whose rows belong to one jurisdiction. The EF query filter, the
/// SaveChanges guard and the PostgreSQL row-level security policy are all derived from it,
/// so a new entity cannot forget tenancy.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
