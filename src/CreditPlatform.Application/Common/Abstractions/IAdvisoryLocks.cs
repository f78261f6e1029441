namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>PostgreSQL advisory locks by name (one key scheme, in Infrastructure's <c>AdvisoryLocks</c>).</summary>
public interface IAdvisoryLocks
{
    /// <summary>Waits for the lock named <paramref name="name"/>, held until the current transaction ends.</summary>
    Task LockForTransactionAsync(string name, CancellationToken ct);
}
