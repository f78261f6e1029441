namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>One kind of scheduled due-process work, done one jurisdiction at a time inside that tenant's scope.</summary>
public interface IDueProcessJob
{
    string Name { get; }

    /// <summary>Does what is due in the scope's tenant and commits it; must change nothing when run again.</summary>
    /// <returns>How many items it handled.</returns>
    Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct);
}
