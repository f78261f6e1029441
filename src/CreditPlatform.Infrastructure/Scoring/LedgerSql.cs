namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>The statements of the ledger's bulk path. $1 is always the tenant, repeated in every predicate for the planner and for Citus.</summary>
internal static class LedgerSql
{
    public const string EventColumns =
        "tenant_id, id, idempotency_key, idempotency_caller, payload_fingerprint, subject_id, rule_code, rule_version, occurred_at, recorded_at, quantity, "
        + "document_number, evidence, recorder, department, source, score_after, band_after";

    public const string EntryColumns =
        "tenant_id, id, sequence, event_id, subject_id, rule_code, rule_version, points, raw_points, capped, cap_notes, "
        + "quantity, occurred_at, recorded_at, expires_at, band_override, band_override_until, reverses_id, reason, "
        + "recorder, department, previous_hash, hash";

    public const string ScoreColumns =
        "tenant_id, subject_id, score, band, scheme_version, computed_at, next_change_at, points, band_override, band_override_until";

    /// <summary>A placeholder row (scheme version 0 never reads as current) so that a subject's first event has a row to lock.</summary>
    public const string InsertMissingScores = """
        INSERT INTO scores (tenant_id, subject_id, score, band, scheme_version, computed_at, next_change_at)
        SELECT $1, s, 0, NULL, 0, $3, NULL FROM unnest($2::uuid[]) AS s ORDER BY s
        ON CONFLICT (tenant_id, subject_id) DO NOTHING
        """;

    public const string LockScores = """
        SELECT subject_id FROM scores WHERE tenant_id = $1 AND subject_id = ANY($2) ORDER BY subject_id FOR UPDATE
        """;

    /// <summary>The running state of locked rows, in the lock's order (the lock is taken by the same statement).</summary>
    public const string LockStates = """
        SELECT subject_id, scheme_version, next_change_at, points, band_override, band_override_until
        FROM scores WHERE tenant_id = $1 AND subject_id = ANY($2) ORDER BY subject_id FOR UPDATE
        """;

    public const string States = """
        SELECT subject_id, scheme_version, next_change_at, points, band_override, band_override_until
        FROM scores WHERE tenant_id = $1 AND subject_id = ANY($2)
        """;

    /// <summary>
    /// The counted entries caps need: per (subject, rule, range), one range scan of the cap index; a reversal is
    /// found through the unique index on reverses_id. Nothing outside the ranges is read.
    /// </summary>
    public const string CapEntries = """
        SELECT r.subject_id, r.rule_code, e.occurred_at, e.points
        FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS r(subject_id, rule_code, after_at, before_at)
        JOIN ledger_entries e ON e.tenant_id = $1 AND e.subject_id = r.subject_id AND e.rule_code = r.rule_code
                             AND e.occurred_at > r.after_at AND e.occurred_at < r.before_at
        WHERE e.reverses_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.tenant_id = $1 AND x.reverses_id = e.id)
        """;

    /// <summary>
    /// Every entry of the subjects, reversals included, unordered: a reversal names the same subject as the entry it
    /// cancels, so <see cref="LedgerWriter"/> drops both pairs and sorts each subject's lines in memory. Filtering with
    /// NOT EXISTS and sorting here cost a nested-loop probe per row and a sort spilled to disk for a 10,000-event
    /// batch (the planner cannot estimate how many rows an array of subjects brings back).
    /// </summary>
    public const string SubjectEntries = """
        SELECT e.subject_id, e.id, e.rule_code, e.points, e.occurred_at, e.expires_at, e.band_override, e.band_override_until,
               e.reverses_id, e.sequence
        FROM ledger_entries e
        WHERE e.tenant_id = $1 AND e.subject_id = ANY($2)
        """;

    public const string EventsByKey = """
        SELECT idempotency_key, id, payload_fingerprint FROM credit_events
        WHERE tenant_id = $1 AND idempotency_caller = $3 AND idempotency_key = ANY($2)
        """;

    public const string InsertChainHead = """
        INSERT INTO ledger_chain_heads (tenant_id, last_sequence, last_hash, updated_at) VALUES ($1, 0, '', $2)
        ON CONFLICT (tenant_id) DO NOTHING
        """;

    public const string LockChainHead = "SELECT last_sequence, last_hash FROM ledger_chain_heads WHERE tenant_id = $1 FOR UPDATE";

    public const string AdvanceChainHead = """
        UPDATE ledger_chain_heads SET last_sequence = $2, last_hash = $3, updated_at = $4 WHERE tenant_id = $1
        """;

    /// <summary>Dropped at commit; emptied after each use so a second append in the same transaction starts clean.</summary>
    public const string CreateStaging = """
        CREATE TEMP TABLE IF NOT EXISTS staging_credit_events (LIKE credit_events) ON COMMIT DROP;
        CREATE TEMP TABLE IF NOT EXISTS staging_ledger_entries (LIKE ledger_entries) ON COMMIT DROP;
        CREATE TEMP TABLE IF NOT EXISTS staging_scores (LIKE scores) ON COMMIT DROP;
        """;

    public const string InsertEvents = $"INSERT INTO credit_events ({EventColumns}) SELECT {EventColumns} FROM staging_credit_events";

    public const string InsertEntries =
        $"INSERT INTO ledger_entries ({EntryColumns}) SELECT {EntryColumns} FROM staging_ledger_entries ORDER BY sequence";

    /// <summary>
    /// Written as an upsert although the lock step gave every subject a row: each row is then found through the
    /// primary key, whatever the statistics say. A join (<c>UPDATE … FROM staging</c>) is planned from statistics, and
    /// the placeholder rows of a new jurisdiction's first batch are not in them yet: the planner took the score table
    /// for one row and rescanned the whole staging table per score row (10,000 × 10,000, past the command timeout).
    /// An existing row is found by the pre-check of ON CONFLICT, so no speculative insertion happens for it.
    /// </summary>
    public const string UpdateScores = $"""
        INSERT INTO scores ({ScoreColumns}) SELECT {ScoreColumns} FROM staging_scores
        ON CONFLICT (tenant_id, subject_id) DO UPDATE SET score = excluded.score, band = excluded.band,
            scheme_version = excluded.scheme_version, computed_at = excluded.computed_at, next_change_at = excluded.next_change_at,
            points = excluded.points, band_override = excluded.band_override, band_override_until = excluded.band_override_until
        """;

    /// <summary>
    /// On Citus a plain INSERT … SELECT from a local table reaches the shards as COPY, which PostgreSQL refuses for a
    /// role under row-level security. With RETURNING (or ON CONFLICT, as <see cref="UpdateScores"/> has) Citus collects
    /// the rows into intermediate results on the workers and inserts them there with INSERT … SELECT, which row-level
    /// security checks row by row as it does on one server.
    /// </summary>
    public const string InsertEventsOnCitus = InsertEvents + " RETURNING 1";

    public const string InsertEntriesOnCitus = InsertEntries + " RETURNING 1";

    public const string ClearStaging = "TRUNCATE staging_credit_events, staging_ledger_entries, staging_scores";
}
