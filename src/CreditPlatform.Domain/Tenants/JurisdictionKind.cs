namespace CreditPlatform.Domain.Tenants;

public enum JurisdictionKind
{
    Province,
    City,
    County,
    Village,
    Market,
    Agency,
    Court,
}
