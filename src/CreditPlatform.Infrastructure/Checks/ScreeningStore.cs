using System.Runtime.CompilerServices;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Checks.CheckIdentifiers;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>Bulk screenings in the tables of migration 0083; every read and write of a caller names the owner.</summary>
public sealed class ScreeningStore(NpgsqlDataSource dataSource) : IScreeningStore
{
    private const string Columns =
        "id, status, total, screened, restricted, disputed, invalid, measure, created_at, completed_at, expires_at";

    public async Task<int> CountInProgressAsync(string owner, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*)::int FROM screenings WHERE owner = $1 AND status <> 'completed'");
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<ScreeningDto> CreateAsync(NewScreening screening, IAsyncEnumerable<ScreeningInput> rows, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO screenings (id, owner, owner_tenant_id, local_tenant_id, measure, status, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, 'queued', $6, $7)
            """, connection, tx))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = screening.Id });
            insert.Parameters.Add(new NpgsqlParameter { Value = screening.Owner });
            insert.Parameters.Add(Nullable(screening.OwnerTenantId));
            insert.Parameters.Add(Nullable(screening.LocalTenantId));
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)screening.Measure ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = screening.CreatedAt });
            insert.Parameters.Add(new NpgsqlParameter { Value = screening.ExpiresAt });
            await insert.ExecuteNonQueryAsync(ct);
        }

        var (total, invalid) = (0, 0);
        // Streamed: rows go to the server as the file is read, so a million identifiers never sit in memory at once.
        // A failure while reading (a file past the limit) leaves the COPY incomplete and the transaction rolls back.
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY screening_rows (screening_id, row_no, identifier_hash, masked_identifier) FROM STDIN (FORMAT BINARY)", ct))
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                copy.StartRow();
                copy.Write(screening.Id, NpgsqlDbType.Uuid);
                copy.Write(row.Row, NpgsqlDbType.Integer);
                if (row.Hash is { } hash)
                {
                    copy.Write(hash, NpgsqlDbType.Bytea);
                }
                else
                {
                    copy.WriteNull();
                    invalid++;
                }

                copy.Write(row.Masked, NpgsqlDbType.Varchar);
                total++;
            }

            await copy.CompleteAsync(ct);
        }

        await using (var count = new NpgsqlCommand("UPDATE screenings SET total = $2 WHERE id = $1", connection, tx))
        {
            count.Parameters.Add(new NpgsqlParameter { Value = screening.Id });
            count.Parameters.Add(new NpgsqlParameter { Value = total });
            await count.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return new ScreeningDto(screening.Id, ScreeningDto.Queued, total, 0, 0, 0, 0, screening.Measure, screening.CreatedAt, null, screening.ExpiresAt);
    }

    public async Task<ScreeningDto?> FindAsync(string owner, Guid id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM screenings WHERE owner = $1 AND id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ScreeningDto>> ListAsync(string owner, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM screenings WHERE owner = $1 ORDER BY created_at DESC, id DESC LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<ScreeningDto>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    public async Task<bool> DeleteAsync(string owner, Guid id, CancellationToken ct)
    {
        // Rows and results go with it (ON DELETE CASCADE); a slice being screened meanwhile finds its screening gone.
        await using var command = dataSource.CreateCommand("DELETE FROM screenings WHERE owner = $1 AND id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async IAsyncEnumerable<ScreenedRow> ResultsAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT row_no, masked_identifier, result, disputed, measures, rewards, lists, band, decision_id
            FROM screening_results WHERE screening_id = $1 ORDER BY row_no
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new ScreenedRow(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3),
                reader.GetFieldValue<string[]>(4), reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetGuid(8));
        }
    }

    public async Task<bool> ScreenNextSliceAsync(
        int size, Func<ScreeningSlice, CancellationToken, Task<IReadOnlyList<ScreenedRow>>> screen, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // One instance at a time per screening, the others take the next one: the row lock is held for the slice only.
        Guid id;
        ScreeningSlice slice;
        await using (var claim = new NpgsqlCommand("""
            SELECT id, owner, owner_tenant_id, local_tenant_id, measure FROM screenings
            WHERE status <> 'completed' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
            """, connection, tx))
        await using (var reader = await claim.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return false;
            }

            id = reader.GetGuid(0);
            slice = new ScreeningSlice(
                id, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), []);
        }

        var inputs = new List<ScreeningInput>(size);
        await using (var take = new NpgsqlCommand(
            "SELECT row_no, identifier_hash, masked_identifier FROM screening_rows WHERE screening_id = $1 ORDER BY row_no LIMIT $2", connection, tx))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = id });
            take.Parameters.Add(new NpgsqlParameter { Value = size });
            await using var reader = await take.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                inputs.Add(new ScreeningInput(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1), reader.GetString(2)));
            }
        }

        if (inputs.Count == 0)
        {
            await using var done = new NpgsqlCommand("UPDATE screenings SET status = 'completed', completed_at = $2 WHERE id = $1", connection, tx);
            done.Parameters.Add(new NpgsqlParameter { Value = id });
            done.Parameters.Add(new NpgsqlParameter { Value = now });
            await done.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }

        var answers = await screen(slice with { Rows = inputs }, ct);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY screening_results (screening_id, row_no, masked_identifier, result, disputed, measures, rewards, lists, band, decision_id) FROM STDIN (FORMAT BINARY)",
            ct))
        {
            foreach (var a in answers)
            {
                copy.StartRow();
                copy.Write(id, NpgsqlDbType.Uuid);
                copy.Write(a.Row, NpgsqlDbType.Integer);
                copy.Write(a.MaskedIdentifier, NpgsqlDbType.Varchar);
                copy.Write(a.Result, NpgsqlDbType.Text);
                copy.Write(a.Disputed, NpgsqlDbType.Boolean);
                copy.Write(a.Measures, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(a.Rewards, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(a.Lists, NpgsqlDbType.Array | NpgsqlDbType.Text);
                if (a.Band is { } band)
                {
                    copy.Write(band, NpgsqlDbType.Text);
                }
                else
                {
                    copy.WriteNull();
                }

                copy.Write(a.DecisionId, NpgsqlDbType.Uuid);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var drop = new NpgsqlCommand("DELETE FROM screening_rows WHERE screening_id = $1 AND row_no <= $2", connection, tx))
        {
            drop.Parameters.Add(new NpgsqlParameter { Value = id });
            drop.Parameters.Add(new NpgsqlParameter { Value = inputs[^1].Row });
            if (await drop.ExecuteNonQueryAsync(ct) != answers.Count)
            {
                throw new InvalidOperationException("The screening's rows changed while a slice was screened.");
            }
        }

        await using (var move = new NpgsqlCommand("""
            UPDATE screenings SET status = CASE WHEN screened + $2 >= total THEN 'completed' ELSE 'screening' END,
                   completed_at = CASE WHEN screened + $2 >= total THEN $6 END,
                   screened = screened + $2, restricted = restricted + $3, disputed = disputed + $4, invalid = invalid + $5
            WHERE id = $1
            """, connection, tx))
        {
            move.Parameters.Add(new NpgsqlParameter { Value = id });
            move.Parameters.Add(new NpgsqlParameter { Value = answers.Count });
            move.Parameters.Add(new NpgsqlParameter { Value = answers.Count(a => a.Result == "restricted") });
            move.Parameters.Add(new NpgsqlParameter { Value = answers.Count(a => a.Disputed) });
            move.Parameters.Add(new NpgsqlParameter { Value = answers.Count(a => a.Result == CheckResult.InvalidIdentifier) });
            move.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            await move.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM screenings WHERE expires_at <= $1");
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static ScreeningDto Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetString(7), r.GetFieldValue<DateTimeOffset>(8), r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9),
        r.GetFieldValue<DateTimeOffset>(10));

    private static NpgsqlParameter Nullable(Guid? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid };
}
