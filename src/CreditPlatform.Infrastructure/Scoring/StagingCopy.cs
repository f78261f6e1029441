using CreditPlatform.Domain.Scoring;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>
/// Binary COPY of events and entries straight into their jurisdiction's partition, and of scores into the staging
/// table of <see cref="LedgerSql.CreateStaging"/>.
/// </summary>
internal static class StagingCopy
{
    public static Task EventsAsync(NpgsqlConnection connection, string partition, IReadOnlyList<CreditEvent> events, CancellationToken ct) =>
        CopyAsync(connection, Quote(partition), LedgerSql.EventColumns, events, static async (w, e, ct) =>
        {
            await w.WriteAsync(e.TenantId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
            await Text(w, e.IdempotencyKey, ct);
            await Text(w, e.IdempotencyCaller, ct);
            await Bytes(w, e.PayloadFingerprint, ct);
            await w.WriteAsync(e.SubjectId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(e.RuleCode, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(e.RuleVersion, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(e.OccurredAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(e.RecordedAt, NpgsqlDbType.TimestampTz, ct);
            await Numeric(w, e.Quantity, ct);
            await Text(w, e.DocumentNumber, ct);
            await Text(w, e.Evidence, ct);
            await w.WriteAsync(e.Recorder, NpgsqlDbType.Text, ct);
            await Text(w, e.Department, ct);
            await w.WriteAsync(e.Source.ToString(), NpgsqlDbType.Text, ct);
            await Integer(w, e.ScoreAfter, ct);
            await Text(w, e.BandAfter, ct);
        }, ct);

    public static Task EntriesAsync(NpgsqlConnection connection, string partition, IReadOnlyList<LedgerEntry> entries, CancellationToken ct) =>
        CopyAsync(connection, Quote(partition), LedgerSql.EntryColumns, entries, static async (w, e, ct) =>
        {
            await w.WriteAsync(e.TenantId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(e.Sequence, NpgsqlDbType.Bigint, ct);
            await Uuid(w, e.EventId, ct);
            await w.WriteAsync(e.SubjectId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(e.RuleCode, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(e.RuleVersion, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(e.Points, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(e.RawPoints, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(e.Capped, NpgsqlDbType.Boolean, ct);
            await w.WriteAsync(e.CapNotes, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await Numeric(w, e.Quantity, ct);
            await w.WriteAsync(e.OccurredAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(e.RecordedAt, NpgsqlDbType.TimestampTz, ct);
            await Moment(w, e.ExpiresAt, ct);
            await Text(w, e.BandOverride, ct);
            await Moment(w, e.BandOverrideUntil, ct);
            await Uuid(w, e.ReversesId, ct);
            await Text(w, e.Reason, ct);
            await w.WriteAsync(e.Recorder, NpgsqlDbType.Text, ct);
            await Text(w, e.Department, ct);
            await w.WriteAsync(e.PreviousHash, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(e.Hash, NpgsqlDbType.Varchar, ct);
        }, ct);

    public static Task ScoresAsync(NpgsqlConnection connection, IReadOnlyList<SubjectScore> scores, CancellationToken ct) =>
        CopyAsync(connection, "staging_scores", LedgerSql.ScoreColumns, scores, static async (w, s, ct) =>
        {
            await w.WriteAsync(s.TenantId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(s.SubjectId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(s.Score, NpgsqlDbType.Integer, ct);
            await Text(w, s.Band, ct);
            await w.WriteAsync(s.SchemeVersion, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.ComputedAt, NpgsqlDbType.TimestampTz, ct);
            await Moment(w, s.NextChangeAt, ct);
            await w.WriteAsync(s.Points, NpgsqlDbType.Bigint, ct);
            await Text(w, s.BandOverride, ct);
            await Moment(w, s.BandOverrideUntil, ct);
        }, ct);

    /// <summary>One COPY per table: nothing is sent for an empty list.</summary>
    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string table, string columns, IReadOnlyList<T> rows,
        Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var w = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await w.StartRowAsync(ct);
            await writeRow(w, row, ct);
        }

        await w.CompleteAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static Task Bytes(NpgsqlBinaryImporter w, byte[]? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Bytea, ct);

    private static Task Uuid(NpgsqlBinaryImporter w, Guid? value, CancellationToken ct) =>
        value is { } v ? w.WriteAsync(v, NpgsqlDbType.Uuid, ct) : w.WriteNullAsync(ct);

    private static Task Numeric(NpgsqlBinaryImporter w, decimal? value, CancellationToken ct) =>
        value is { } v ? w.WriteAsync(v, NpgsqlDbType.Numeric, ct) : w.WriteNullAsync(ct);

    private static Task Integer(NpgsqlBinaryImporter w, int? value, CancellationToken ct) =>
        value is { } v ? w.WriteAsync(v, NpgsqlDbType.Integer, ct) : w.WriteNullAsync(ct);

    private static Task Moment(NpgsqlBinaryImporter w, DateTimeOffset? value, CancellationToken ct) =>
        value is { } v ? w.WriteAsync(v, NpgsqlDbType.TimestampTz, ct) : w.WriteNullAsync(ct);
}
