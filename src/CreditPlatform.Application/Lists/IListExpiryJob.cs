namespace CreditPlatform.Application.Lists;

/// <summary>
/// Ends every entry whose period has run out. Runs by itself on a timer; callable for one
/// deterministic pass. Safe with several instances and idempotent: a second pass finds nothing.
/// </summary>
public interface IListExpiryJob
{
    /// <returns>How many entries this pass expired.</returns>
    Task<int> RunOnceAsync(CancellationToken cancellationToken = default);
}
