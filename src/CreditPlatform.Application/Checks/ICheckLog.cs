namespace CreditPlatform.Application.Checks;

/// <summary>
/// One identifier checked: who asked, about which hashed identifier, when, and the answer. A struct, so that the
/// thousands of records waiting for the log writer at any moment are not thousands of objects for the collector.
/// </summary>
public readonly record struct CheckRecord(
    DateTimeOffset At,
    string Actor,
    Guid? CallerTenantId,
    byte[]? IdentifierHash,
    string? Measure,
    bool Restricted,
    Guid[] EntryIds,
    string? CorrelationId);

/// <summary>The audit trail of checks, written off the request path in batches.</summary>
public interface ICheckLog
{
    /// <summary>Queues the records; waits only when the writer is far behind (back-pressure, never loss).</summary>
    ValueTask RecordAsync(IReadOnlyList<CheckRecord> records, CancellationToken cancellationToken);
}
