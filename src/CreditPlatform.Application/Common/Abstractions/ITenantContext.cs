namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>The jurisdiction of the current request, resolved from the route (or set by a job).</summary>
public interface ITenantContext
{
    Guid? TenantId { get; }
    string? Slug { get; }

    void Set(Guid tenantId, string slug);
}

public sealed class TenantContext : ITenantContext
{
    public Guid? TenantId { get; private set; }
    public string? Slug { get; private set; }

    public void Set(Guid tenantId, string slug)
    {
        if (TenantId is { } current && current != tenantId)
        {
            throw new InvalidOperationException("The tenant of a unit of work cannot change once set.");
        }

        TenantId = tenantId;
        Slug = slug;
    }

    public Guid Require() => TenantId ?? throw new InvalidOperationException("No tenant resolved for this request.");
}
