using CreditPlatform.Domain.Scoring;
using Npgsql;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>
/// The set-based twin of <see cref="ScoreCalculator"/> and <see cref="ScoreHorizon"/>: counted lines are summed per
/// subject (expired lines no longer count, reversed entries and reversals never do), the total is clamped and mapped
/// onto the scheme's bands by rank (1-based array positions), and the worst active band override wins over a better
/// mapped band. Subjects without lines get the base score.
/// </summary>
public static class ScoreRecomputeSql
{
    /// <summary>{0} narrows the subjects: nothing for the whole jurisdiction, or a filter on $9.</summary>
    private const string Recompute = """
        WITH counted AS (
            SELECT e.subject_id,
                   sum(e.points) FILTER (WHERE e.occurred_at <= $2 AND (e.expires_at IS NULL OR e.expires_at > $2)) AS points,
                   max(array_position($6::text[], e.band_override::text))
                       FILTER (WHERE e.occurred_at <= $2 AND e.band_override_until > $2) AS override_rank,
                   (array_agg(e.band_override_until ORDER BY array_position($6::text[], e.band_override::text) DESC, e.band_override_until DESC)
                       FILTER (WHERE e.occurred_at <= $2 AND e.band_override_until > $2
                               AND array_position($6::text[], e.band_override::text) IS NOT NULL))[1] AS override_until,
                   least(min(e.occurred_at) FILTER (WHERE e.occurred_at > $2),
                         min(e.expires_at) FILTER (WHERE e.expires_at > $2),
                         min(e.band_override_until) FILTER (WHERE e.band_override_until > $2)) AS next_change
            FROM ledger_entries e
            WHERE e.tenant_id = $1 AND e.reverses_id IS NULL {0}
              AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.tenant_id = $1 AND r.reverses_id = e.id)
            GROUP BY e.subject_id
        ), totals AS (
            SELECT s.id AS subject_id, c.override_rank, c.override_until, c.next_change, coalesce(c.points, 0) AS points,
                   least(greatest($3::bigint + coalesce(c.points, 0), coalesce($4::bigint, -2147483648)),
                         coalesce($5::bigint, 2147483647))::integer AS score
            FROM subjects s LEFT JOIN counted c ON c.subject_id = s.id
            WHERE s.tenant_id = $1 {1}
        ), mapped AS (
            SELECT t.*, (SELECT min(i) FROM generate_subscripts($6::text[], 1) AS i WHERE ($7::integer[])[i] IS NULL OR ($7::integer[])[i] <= t.score) AS mapped_rank
            FROM totals t
        )
        INSERT INTO scores (tenant_id, subject_id, score, band, scheme_version, computed_at, next_change_at,
                            points, band_override, band_override_until)
        SELECT $1, m.subject_id, m.score,
               ($6::text[])[CASE WHEN m.override_rank > coalesce(m.mapped_rank, 0) THEN m.override_rank ELSE m.mapped_rank END],
               $8, $2, m.next_change, m.points, ($6::text[])[m.override_rank], m.override_until
        FROM mapped m
        ON CONFLICT (tenant_id, subject_id) DO UPDATE SET
            score = excluded.score, band = excluded.band, scheme_version = excluded.scheme_version,
            computed_at = excluded.computed_at, next_change_at = excluded.next_change_at,
            points = excluded.points, band_override = excluded.band_override, band_override_until = excluded.band_override_until
        """;

    private static readonly string Everyone = Recompute.Replace("{0}", "", StringComparison.Ordinal).Replace("{1}", "", StringComparison.Ordinal);

    private static readonly string Some = Recompute
        .Replace("{0}", "AND e.subject_id = ANY($9)", StringComparison.Ordinal)
        .Replace("{1}", "AND s.id = ANY($9)", StringComparison.Ordinal);

    /// <summary>Runs on the caller's connection (and transaction, if any); the ledger is read as the connection sees it.</summary>
    /// <param name="subjectIds">Null for the whole jurisdiction, or the subjects to recompute (a batch's subjects whose running state has lapsed).</param>
    public static async Task<int> RunAsync(
        NpgsqlConnection connection, Guid tenantId, SchemeVersion scheme, DateTimeOffset now, Guid[]? subjectIds, CancellationToken ct)
    {
        var definition = scheme.Definition;
        var codes = definition.Bands.Select(b => b.Code).ToArray();
        var minimums = definition.Bands.Select(b => b.MinScore).ToArray();
        await using var command = new NpgsqlCommand(subjectIds is null ? Everyone : Some, connection)
        {
            CommandTimeout = 0,
            Parameters =
            {
                new() { Value = tenantId },
                new() { Value = Instants.Stored(now) },
                new() { Value = (long)definition.BaseScore },
                new() { Value = definition.Floor is { } floor ? (long)floor : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint },
                new() { Value = definition.Ceiling is { } ceiling ? (long)ceiling : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint },
                new() { Value = codes },
                new() { Value = minimums },
                new() { Value = scheme.Version },
            },
        };
        if (subjectIds is not null)
        {
            command.Parameters.Add(new() { Value = subjectIds });
        }

        return await command.ExecuteNonQueryAsync(ct);
    }
}
