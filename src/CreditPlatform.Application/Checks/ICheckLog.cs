namespace CreditPlatform.Application.Checks;

using CreditPlatform.Application.Checks.CheckIdentifiers;

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
    string? CorrelationId,
    Guid DecisionId,
    int Position,
    long IndexGeneration,
    CheckResult? Result);

/// <summary>The audit trail of checks, written off the request path in batches.</summary>
public interface ICheckLog
{
    /// <summary>Queues the records; waits only when the writer is far behind (back-pressure, never loss).</summary>
    ValueTask RecordAsync(IReadOnlyList<CheckRecord> records, CancellationToken cancellationToken);

    /// <summary>Waits (at most <paramref name="timeout"/>) until every record queued so far on this instance is written.</summary>
    Task<bool> FlushAsync(TimeSpan timeout, CancellationToken cancellationToken);
}

/// <summary>One check answer read back from the log.</summary>
public sealed record CheckDecision(
    Guid DecisionId, DateTimeOffset At, string Actor, Guid? CallerTenantId, long IndexGeneration,
    IReadOnlyList<System.Text.Json.JsonElement> Results, IReadOnlyList<Guid> IssuerTenantIds);

/// <summary>Reads an answer back from check_log (through <c>check_decision</c>, migration 0061).</summary>
public interface ICheckDecisions
{
    Task<CheckDecision?> FindAsync(Guid decisionId, CancellationToken cancellationToken);
}
