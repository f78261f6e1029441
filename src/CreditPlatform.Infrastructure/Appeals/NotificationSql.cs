namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Notices of deductions written set-based from a range of the ledger's sequence ($2 to $3), after the entries'
/// commit, by the outbox message the writer queued with them (<c>DeductionNoticeTransport</c>): a batch of
/// thousands of entries costs one statement, and no deduction commits without the message that makes its notice.
/// Reversals and positive adjustments are not negative actions and get none here; a deduction a cap took down to
/// zero points is still a recorded negative act, so it gets one that says so. The closing RETURNING is for Citus: an
/// INSERT … SELECT without it reaches the shards as COPY, which row-level security refuses.
/// </summary>
internal static class NotificationSql
{
    public const string NoticesForDeductions = """
        WITH window_days AS (
            SELECT coalesce((SELECT (definition ->> 'AppealWindowDays')::integer FROM scoring_schemes
                             WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1), 15) AS days
        ), notices AS (
            INSERT INTO notifications (tenant_id, id, subject_id, kind, ledger_entry_id, text_zh, text_en, legal_basis, appeal_deadline, created_at)
            SELECT s.tenant_id, gen_random_uuid(), s.subject_id, 'Deduction', s.id,
                   left(format('您因“%s”被扣%s分%s。依据：%s。如有异议，请在%s前在“我的申诉”中选择此条记录并说明理由提出申诉。',
                        coalesce(r.title_zh, s.rule_code), -s.points,
                        CASE WHEN s.points > s.raw_points THEN format('（应扣%s分，受扣分上限限制）', -s.raw_points) ELSE '' END,
                        coalesce(r.legal_basis, ''),
                        to_char((s.recorded_at + make_interval(days => w.days)) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')), 2000),
                   left(format('%s points were deducted for "%s"%s. Legal basis: %s. If you disagree, appeal by %s: open "My appeals", choose this entry and give your reasons.',
                        -s.points, coalesce(r.title_en, s.rule_code),
                        CASE WHEN s.points > s.raw_points THEN format(' (%s were due; a cap limited the deduction)', -s.raw_points) ELSE '' END,
                        coalesce(r.legal_basis, ''),
                        to_char((s.recorded_at + make_interval(days => w.days)) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')), 2000),
                   left(coalesce(r.legal_basis, ''), 1000),
                   s.recorded_at + make_interval(days => w.days),
                   s.recorded_at
            FROM ledger_entries s
            CROSS JOIN window_days w
            LEFT JOIN scoring_rules r ON r.tenant_id = s.tenant_id AND r.code = s.rule_code AND r.version = s.rule_version
            WHERE s.tenant_id = $1 AND s.sequence BETWEEN $2 AND $3 AND (s.points < 0 OR s.raw_points < 0) AND s.reverses_id IS NULL
            ON CONFLICT (tenant_id, ledger_entry_id) WHERE kind = 'Deduction' DO NOTHING
            RETURNING tenant_id, id, kind, created_at
        )
        INSERT INTO outbox_messages (tenant_id, id, topic, payload, destination, attempts, next_attempt_at, created_at)
        SELECT tenant_id, gen_random_uuid(), 'notification', jsonb_build_object('notificationId', id, 'kind', kind), 'notify:' || id, 0, created_at, created_at
        FROM notices
        RETURNING 1
        """;
}
