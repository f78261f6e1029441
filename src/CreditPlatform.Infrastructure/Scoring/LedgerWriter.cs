using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>
/// The ledger's bulk path on the request's own connection and transaction. Events and entries go in by one binary
/// COPY each, straight into the partition that holds the jurisdiction's rows (PostgreSQL does not COPY into a table
/// under row-level security, so the COPY names the partition, which takes the app role's inserts only and refuses
/// another jurisdiction's rows by trigger: migration 0032). Score rows are updated in place, through a
/// transaction-scoped staging table and one upsert.
/// </summary>
internal sealed class LedgerWriter(AppDbContext db, ITenantContext tenant, TimeProvider clock) : ILedgerWriter
{
    private const string UniqueViolation = "23505";

    private Guid TenantId => tenant.TenantId ?? throw new InvalidOperationException("The ledger is written inside a jurisdiction.");

    public async Task<IReadOnlyDictionary<Guid, List<CountedEntry>>> LockSubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken ct)
    {
        var connection = OpenTransactionConnection();
        var ledgers = new Dictionary<Guid, List<CountedEntry>>(subjectIds.Count);
        if (subjectIds.Count == 0)
        {
            return ledgers;
        }

        var ids = subjectIds.Distinct().ToArray();
        foreach (var id in ids)
        {
            ledgers[id] = [];
        }

        // One round trip: create missing score rows, lock all of them in id order (every writer locks in the same
        // order, so two batches sharing subjects queue instead of deadlocking), then read the histories.
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(LedgerSql.InsertMissingScores, TenantId, ids, DateTimeOffset.UnixEpoch),
                Command(LedgerSql.LockScores, TenantId, ids),
                Command(LedgerSql.SubjectEntries, TenantId, ids),
            },
        };
        // The insert yields no result set: the first one is the locked ids (nothing to keep, the lock is the point).
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
        }

        await reader.NextResultAsync(ct);
        var lines = new Dictionary<Guid, List<(long Sequence, CountedEntry Entry)>>(ids.Length);
        var reversed = new HashSet<Guid>();
        while (await reader.ReadAsync(ct))
        {
            if (!reader.IsDBNull(8))
            {
                reversed.Add(reader.GetGuid(8));
                continue;
            }

            var line = new LedgerLine(
                reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7));
            var subject = reader.GetGuid(0);
            if (!lines.TryGetValue(subject, out var list))
            {
                lines[subject] = list = [];
            }

            list.Add((reader.GetInt64(9), new CountedEntry(reader.GetGuid(1), reader.GetString(2), line)));
        }

        // Each subject's lines in time order (sequence breaks ties), sorted per subject: a handful of lines each,
        // where one sort of the whole batch's history cost more than reading it. Reversed entries and reversals
        // cancel out, so neither counts towards caps or scores.
        foreach (var (subject, list) in lines)
        {
            list.Sort(static (a, b) =>
            {
                var byTime = a.Entry.Line.OccurredAt.CompareTo(b.Entry.Line.OccurredAt);
                return byTime != 0 ? byTime : a.Sequence.CompareTo(b.Sequence);
            });
            var ledger = ledgers[subject];
            foreach (var (_, entry) in list)
            {
                if (!reversed.Contains(entry.EntryId))
                {
                    ledger.Add(entry);
                }
            }
        }

        return ledgers;
    }

    public async Task<IReadOnlyDictionary<Guid, ScoreState>> LockStatesAsync(
        IReadOnlyCollection<Guid> subjectIds, SchemeVersion scheme, DateTimeOffset now, CancellationToken ct)
    {
        var connection = OpenTransactionConnection();
        var states = new Dictionary<Guid, ScoreState>(subjectIds.Count);
        if (subjectIds.Count == 0)
        {
            return states;
        }

        var ids = subjectIds.Distinct().ToArray();
        var due = new List<Guid>();
        await using (var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(LedgerSql.InsertMissingScores, TenantId, ids, DateTimeOffset.UnixEpoch),
                Command(LedgerSql.LockStates, TenantId, ids),
            },
        })
        {
            await ReadStatesAsync(batch.ExecuteReaderAsync(ct), states, due, scheme.Version, now, ct);
        }

        if (due.Count > 0)
        {
            // Lapsed or placeholder rows: their subjects, and only they, are recomputed from their entries in force.
            var lapsed = due.ToArray();
            await ScoreRecomputeSql.RunAsync(connection, TenantId, scheme, now, lapsed, ct);
            await using var command = new NpgsqlCommand(LedgerSql.States, connection)
            {
                Parameters = { new() { Value = TenantId }, new() { Value = lapsed } },
            };
            due.Clear();
            await ReadStatesAsync(command.ExecuteReaderAsync(ct), states, due, scheme.Version, now, ct);
        }

        return states;
    }

    private static async Task ReadStatesAsync(
        Task<NpgsqlDataReader> execute, Dictionary<Guid, ScoreState> states, List<Guid> due, int schemeVersion, DateTimeOffset now, CancellationToken ct)
    {
        await using var reader = await execute;
        while (await reader.ReadAsync(ct))
        {
            var next = reader.IsDBNull(2) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(2);
            var subject = reader.GetGuid(0);
            if (reader.GetInt32(1) != schemeVersion || next <= now)
            {
                due.Add(subject);
                continue;
            }

            states[subject] = new ScoreState(
                reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                next);
        }
    }

    public async Task<IReadOnlyDictionary<(Guid Subject, string Rule), List<PriorEntry>>> CapEntriesAsync(
        IReadOnlyList<CapRange> ranges, CancellationToken ct)
    {
        var entries = new Dictionary<(Guid, string), List<PriorEntry>>(ranges.Count);
        if (ranges.Count == 0)
        {
            return entries;
        }

        var subjects = new Guid[ranges.Count];
        var rules = new string[ranges.Count];
        var after = new DateTimeOffset[ranges.Count];
        var before = new DateTimeOffset[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            (subjects[i], rules[i], after[i], before[i]) = (ranges[i].SubjectId, ranges[i].RuleCode, ranges[i].After, ranges[i].Before);
            entries[(subjects[i], rules[i])] = [];
        }

        await using (var command = new NpgsqlCommand(LedgerSql.CapEntries, OpenTransactionConnection())
        {
            Parameters =
            {
                new() { Value = TenantId }, new() { Value = subjects }, new() { Value = rules },
                new() { Value = after }, new() { Value = before },
            },
        })
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                entries[(reader.GetGuid(0), reader.GetString(1))].Add(new PriorEntry(reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3)));
            }
        }

        foreach (var list in entries.Values)
        {
            list.Sort(static (a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        }

        return entries;
    }

    public async Task<IReadOnlyDictionary<string, (Guid EventId, byte[]? Fingerprint)>> FindEventKeysAsync(
        string caller, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, (Guid, byte[]?)>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var command = new NpgsqlCommand(LedgerSql.EventsByKey, OpenTransactionConnection())
        {
            Parameters = { new() { Value = TenantId }, new() { Value = keys.ToArray() }, new() { Value = caller } },
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found[reader.GetString(0)] = (reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2));
        }

        return found;
    }

    public async Task AppendAsync(LedgerAppend append, CancellationToken ct)
    {
        try
        {
            await WriteAsync(append, ct);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation && e.ConstraintName?.Contains("idempotency", StringComparison.Ordinal) == true)
        {
            // The index of a partition is named after the partition, with its column names cut to fit: "idempotency" stays.
            throw new ConflictException("An event with the same idempotency key was recorded at the same moment; retry, and it will be reported as a duplicate.");
        }
    }

    private async Task WriteAsync(LedgerAppend append, CancellationToken ct)
    {
        var connection = OpenTransactionConnection();
        var (eventsPartition, entriesPartition) = await PartitionsAsync(connection, ct);

        // Events and entries go straight into the partition of this jurisdiction, one binary COPY each (the
        // partition's trigger refuses any row of another jurisdiction, see migration 0032); scores are updated in
        // place, so they still go through staging and one upsert.
        await StagingCopy.EventsAsync(connection, eventsPartition, append.Events, ct);
        if (append.Scores.Count > 0)
        {
            await using var create = new NpgsqlCommand(LedgerSql.CreateStaging, connection);
            await create.ExecuteNonQueryAsync(ct);
            await StagingCopy.ScoresAsync(connection, append.Scores, ct);
        }

        var contents = new string[append.Entries.Count];
        for (var i = 0; i < contents.Length; i++)
        {
            contents[i] = LedgerCanonicalForm.Of(append.Entries[i]);
        }

        // Sequencing happens last and as late as possible: the chain head lock serialises every appender of the
        // tenant, so everything that can be done before taking it is.
        var head = append.Entries.Count > 0 ? await LockChainHeadAsync(connection, ct) : default;
        var sequence = head.Sequence;
        var previous = head.Hash;
        for (var i = 0; i < contents.Length; i++)
        {
            append.Entries[i].Chain(++sequence, previous, contents[i]);
            previous = append.Entries[i].Hash;
        }

        await StagingCopy.EntriesAsync(connection, entriesPartition, append.Entries, ct);
        await using var batch = new NpgsqlBatch(connection);
        if (append.Scores.Count > 0)
        {
            batch.BatchCommands.Add(Command(LedgerSql.UpdateScores));
            batch.BatchCommands.Add(Command(LedgerSql.ClearStaging));
        }

        if (append.Entries.Count > 0)
        {
            var now = Instants.Stored(clock.GetUtcNow());
            batch.BatchCommands.Add(Command(LedgerSql.AdvanceChainHead, TenantId, sequence, previous, now));
            // A deduction a cap took to zero is still a recorded negative act, and gets its notice too (DeductionNotices).
            if (append.Entries.Any(e => (e.Points < 0 || e.RawPoints < 0) && e.ReversesId is null))
            {
                // The notices are made after commit by the outbox's worker, from the entries of this sequence range.
                batch.BatchCommands.Add(Command(DeductionNotices.Queue, TenantId, Guid.CreateVersion7(),
                    DeductionNotices.Payload(head.Sequence + 1, sequence), now));
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The partitions of credit_events and ledger_entries that hold this jurisdiction's rows.</summary>
    private async Task<(string Events, string Entries)> PartitionsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(LedgerSql.Partitions, connection) { Parameters = { new() { Value = TenantId } } };
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0) || reader.IsDBNull(1))
        {
            throw new InvalidOperationException("The ledger's partitions for this jurisdiction were not found.");
        }

        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<(long Sequence, string Hash)> LockChainHeadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(LedgerSql.InsertChainHead, TenantId, Instants.Stored(clock.GetUtcNow())),
                Command(LedgerSql.LockChainHead, TenantId),
            },
        };
        // A statement without rows (the insert) yields no result set, so the first one read is the lock's.
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException("The ledger chain head could not be locked.");
        }

        return (reader.GetInt64(0), reader.GetString(1));
    }

    private NpgsqlConnection OpenTransactionConnection()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The ledger is written inside a transaction: send the request as a command.");
        }

        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
