-- Each score row keeps the running state the next event needs, so recording an event reads one row instead of the
-- subject's ledger: points in force (before floor and ceiling) and the worst band override in force with its end.
-- next_change_at already says when the state lapses; the next read or write then recomputes the subject in SQL.
ALTER TABLE scores
    ADD COLUMN points bigint NOT NULL DEFAULT 0,
    ADD COLUMN band_override varchar(20) NULL,
    ADD COLUMN band_override_until timestamptz NULL;

-- Rows written before this have no state yet: scheme version 0 never reads as current, so each is recomputed from
-- its ledger by the next read or write of its subject.
UPDATE scores SET scheme_version = 0;

-- Caps read the entries of one subject under one rule within a window of dates. Reads of a subject's whole ledger
-- use its leading columns, so it replaces the index on (tenant, subject, occurred_at) instead of adding a fifth.
CREATE INDEX ix_ledger_entries_tenant_id_subject_id_rule_code_occurred_at
    ON ledger_entries (tenant_id, subject_id, rule_code, occurred_at) INCLUDE (points);
DROP INDEX ix_ledger_entries_tenant_id_subject_id_occurred_at;
