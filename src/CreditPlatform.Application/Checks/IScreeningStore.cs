namespace CreditPlatform.Application.Checks;

/// <summary>A bulk screening as its owner sees it: how far it has got, and what it has found so far.</summary>
public sealed record ScreeningDto(
    Guid Id, string Status, int Total, int Screened, int Restricted, int Disputed, int Invalid, string? Measure,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, DateTimeOffset ExpiresAt)
{
    public const string Queued = "queued";
    public const string Screening = "screening";
    public const string Completed = "completed";

    /// <summary>Whole per cent of the identifiers screened (100 when done).</summary>
    public int PercentDone => Total == 0 ? 100 : (int)(Screened * 100L / Total);
}

/// <summary>What is kept of one uploaded identifier until it is screened: its row, keyed hash (null: not valid) and masked form.</summary>
public readonly record struct ScreeningInput(int Row, byte[]? Hash, string Masked);

/// <summary>A screening about to be stored: who owns it (credential label and jurisdiction) and what it asks.</summary>
public sealed record NewScreening(
    Guid Id, string Owner, Guid? OwnerTenantId, Guid? LocalTenantId, string? Measure, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>The next identifiers of a screening to answer, with what the answer needs of the screening.</summary>
public sealed record ScreeningSlice(
    Guid ScreeningId, string Owner, Guid? OwnerTenantId, Guid? LocalTenantId, string? Measure, IReadOnlyList<ScreeningInput> Rows);

/// <summary>
/// One identifier's answer as the results file gives it. <see cref="Result"/> is <c>restricted</c>, <c>clear</c> or
/// <c>invalid_identifier</c>; <see cref="Lists"/> names each entry as authority/list; <see cref="DecisionId"/> reads the
/// answer back from the check log (<c>GET /api/v1/checks/{decisionId}</c>).
/// </summary>
public sealed record ScreenedRow(
    int Row, string MaskedIdentifier, string Result, bool Disputed, string[] Measures, string[] Rewards, string[] Lists, string? Band, Guid DecisionId);

/// <summary>Bulk screenings and their rows (migration 0083); every read and write of a caller names the owner.</summary>
public interface IScreeningStore
{
    /// <summary>The owner's screenings not yet completed.</summary>
    Task<int> CountInProgressAsync(string owner, CancellationToken ct);

    /// <summary>
    /// Stores the screening and its rows in one transaction, the rows streamed as they are read (nothing is kept if the
    /// reading fails half way).
    /// </summary>
    Task<ScreeningDto> CreateAsync(NewScreening screening, IAsyncEnumerable<ScreeningInput> rows, CancellationToken ct);

    Task<ScreeningDto?> FindAsync(string owner, Guid id, CancellationToken ct);

    /// <summary>The owner's latest screenings, newest first.</summary>
    Task<IReadOnlyList<ScreeningDto>> ListAsync(string owner, int limit, CancellationToken ct);

    /// <summary>Deletes the screening, its rows and its results; false when the owner has no such screening.</summary>
    Task<bool> DeleteAsync(string owner, Guid id, CancellationToken ct);

    /// <summary>The answers of a screening in row order (the caller has checked it is the owner's).</summary>
    IAsyncEnumerable<ScreenedRow> ResultsAsync(Guid id, CancellationToken ct);

    /// <summary>
    /// Takes the oldest screening not completed that no other instance holds, hands its next <paramref name="size"/>
    /// rows to <paramref name="screen"/>, and in the same transaction stores the answers, drops the rows answered and
    /// moves the counts on (a screening with no rows left is completed). False when there was nothing to do.
    /// </summary>
    Task<bool> ScreenNextSliceAsync(
        int size, Func<ScreeningSlice, CancellationToken, Task<IReadOnlyList<ScreenedRow>>> screen, DateTimeOffset now, CancellationToken ct);

    /// <summary>Deletes the screenings kept past their retention; the number deleted.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken ct);
}
