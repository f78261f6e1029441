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
        CopyAsync(connection, Quote(partition), LedgerSql.EventColumns, events, static (w, e) =>
        {
            w.Write(e.TenantId, NpgsqlDbType.Uuid);
            w.Write(e.Id, NpgsqlDbType.Uuid);
            Text(w, e.IdempotencyKey);
            Text(w, e.IdempotencyCaller);
            Bytes(w, e.PayloadFingerprint);
            w.Write(e.SubjectId, NpgsqlDbType.Uuid);
            w.Write(e.RuleCode, NpgsqlDbType.Varchar);
            w.Write(e.RuleVersion, NpgsqlDbType.Integer);
            w.Write(e.OccurredAt, NpgsqlDbType.TimestampTz);
            w.Write(e.RecordedAt, NpgsqlDbType.TimestampTz);
            Numeric(w, e.Quantity);
            Text(w, e.DocumentNumber);
            Text(w, e.Evidence);
            w.Write(e.Recorder, NpgsqlDbType.Text);
            Text(w, e.Department);
            w.Write(e.Source.ToString(), NpgsqlDbType.Text);
            Integer(w, e.ScoreAfter);
            Text(w, e.BandAfter);
        }, ct);

    public static Task EntriesAsync(NpgsqlConnection connection, string partition, IReadOnlyList<LedgerEntry> entries, CancellationToken ct) =>
        CopyAsync(connection, Quote(partition), LedgerSql.EntryColumns, entries, static (w, e) =>
        {
            w.Write(e.TenantId, NpgsqlDbType.Uuid);
            w.Write(e.Id, NpgsqlDbType.Uuid);
            w.Write(e.Sequence, NpgsqlDbType.Bigint);
            Uuid(w, e.EventId);
            w.Write(e.SubjectId, NpgsqlDbType.Uuid);
            w.Write(e.RuleCode, NpgsqlDbType.Varchar);
            w.Write(e.RuleVersion, NpgsqlDbType.Integer);
            w.Write(e.Points, NpgsqlDbType.Integer);
            w.Write(e.RawPoints, NpgsqlDbType.Integer);
            w.Write(e.Capped, NpgsqlDbType.Boolean);
            w.Write(e.CapNotes, NpgsqlDbType.Array | NpgsqlDbType.Text);
            Numeric(w, e.Quantity);
            w.Write(e.OccurredAt, NpgsqlDbType.TimestampTz);
            w.Write(e.RecordedAt, NpgsqlDbType.TimestampTz);
            Moment(w, e.ExpiresAt);
            Text(w, e.BandOverride);
            Moment(w, e.BandOverrideUntil);
            Uuid(w, e.ReversesId);
            Text(w, e.Reason);
            w.Write(e.Recorder, NpgsqlDbType.Text);
            Text(w, e.Department);
            w.Write(e.PreviousHash, NpgsqlDbType.Varchar);
            w.Write(e.Hash, NpgsqlDbType.Varchar);
        }, ct);

    public static Task ScoresAsync(NpgsqlConnection connection, IReadOnlyList<SubjectScore> scores, CancellationToken ct) =>
        CopyAsync(connection, "staging_scores", LedgerSql.ScoreColumns, scores, static (w, s) =>
        {
            w.Write(s.TenantId, NpgsqlDbType.Uuid);
            w.Write(s.SubjectId, NpgsqlDbType.Uuid);
            w.Write(s.Score, NpgsqlDbType.Integer);
            Text(w, s.Band);
            w.Write(s.SchemeVersion, NpgsqlDbType.Integer);
            w.Write(s.ComputedAt, NpgsqlDbType.TimestampTz);
            Moment(w, s.NextChangeAt);
            w.Write(s.Points, NpgsqlDbType.Bigint);
            Text(w, s.BandOverride);
            Moment(w, s.BandOverrideUntil);
        }, ct);

    /// <summary>
    /// One COPY per table: nothing is sent for an empty list. Rows are written with the importer's synchronous calls,
    /// which fill its buffer and reach the socket only when it is full: this runs while the batch holds its subjects'
    /// locks, and an awaited call per field (23 per entry) costs a state machine each for no I/O.
    /// </summary>
    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string table, string columns, IReadOnlyList<T> rows,
        Action<NpgsqlBinaryImporter, T> writeRow, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var w = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            w.StartRow();
            writeRow(w, row);
        }

        await w.CompleteAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Bytes(NpgsqlBinaryImporter w, byte[]? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Bytea);
        }
    }

    private static void Uuid(NpgsqlBinaryImporter w, Guid? value) => Value(w, value, NpgsqlDbType.Uuid);

    private static void Numeric(NpgsqlBinaryImporter w, decimal? value) => Value(w, value, NpgsqlDbType.Numeric);

    private static void Integer(NpgsqlBinaryImporter w, int? value) => Value(w, value, NpgsqlDbType.Integer);

    private static void Moment(NpgsqlBinaryImporter w, DateTimeOffset? value) => Value(w, value, NpgsqlDbType.TimestampTz);

    private static void Value<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            w.Write(v, type);
        }
        else
        {
            w.WriteNull();
        }
    }
}
