namespace CreditPlatform.Application.Tenants;

/// <summary>Every code with which jurisdiction administration refuses (the problem's <c>code</c>); they never change.</summary>
public static class TenantErrorCodes
{
    public const string Closed = "jurisdiction_closed";
    public const string SlugTaken = "slug_taken";
    public const string HierarchyCycle = "hierarchy_cycle";
}
