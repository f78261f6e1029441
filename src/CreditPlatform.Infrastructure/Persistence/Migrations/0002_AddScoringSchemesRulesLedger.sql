-- Scoring: versioned schemes and rules, guardrails, events, the hash-chained ledger, scores and monthly snapshots.

-- Guardrails a jurisdiction imposes on itself and everything beneath it. Platform-level like tenants (no RLS):
-- a child jurisdiction reads its ancestors' limits when its rules are checked, and limits are policy, not personal data.
CREATE TABLE guardrail_sets (
    tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
    limits jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);

CREATE TABLE scoring_schemes (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    version integer NOT NULL,
    definition jsonb NOT NULL,
    effective_from timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    CONSTRAINT pk_scoring_schemes PRIMARY KEY (tenant_id, version)
);

CREATE TABLE scoring_rules (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    code varchar(50) NOT NULL,
    version integer NOT NULL,
    title_zh varchar(200) NOT NULL,
    title_en varchar(200) NOT NULL,
    category varchar(50) NOT NULL,
    legal_basis varchar(1000) NOT NULL,
    subject_kinds jsonb NOT NULL,
    delta jsonb NOT NULL,
    caps jsonb NOT NULL,
    band_override jsonb NULL,
    expiry_months integer NULL,
    rectification_days integer NULL,
    requires_document boolean NOT NULL,
    purchasable boolean NOT NULL,
    effective_from timestamptz NULL,
    effective_to timestamptz NULL,
    status text NOT NULL,
    drafted_by text NOT NULL,
    drafted_at timestamptz NOT NULL,
    approved_by text NULL,
    approved_at timestamptz NULL,
    retired_by text NULL,
    retired_at timestamptz NULL,
    CONSTRAINT pk_scoring_rules PRIMARY KEY (tenant_id, code, version)
);

-- An approved rule is never edited in place: only its end, its status and who retired it may move.
-- The application never tries; this stops anyone who goes around it with the app role.
CREATE FUNCTION scoring_rules_keep_approved_wording() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status <> 'Draft' AND (
        NEW.tenant_id, NEW.code, NEW.version, NEW.title_zh, NEW.title_en, NEW.category, NEW.legal_basis,
        NEW.subject_kinds, NEW.delta, NEW.caps, NEW.band_override, NEW.expiry_months, NEW.rectification_days,
        NEW.requires_document, NEW.purchasable, NEW.effective_from, NEW.drafted_by, NEW.approved_by
    ) IS DISTINCT FROM (
        OLD.tenant_id, OLD.code, OLD.version, OLD.title_zh, OLD.title_en, OLD.category, OLD.legal_basis,
        OLD.subject_kinds, OLD.delta, OLD.caps, OLD.band_override, OLD.expiry_months, OLD.rectification_days,
        OLD.requires_document, OLD.purchasable, OLD.effective_from, OLD.drafted_by, OLD.approved_by
    ) THEN
        RAISE EXCEPTION 'rule % version % is approved: a change is a new version', OLD.code, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER keep_approved_wording BEFORE UPDATE ON scoring_rules
    FOR EACH ROW EXECUTE FUNCTION scoring_rules_keep_approved_wording();

-- Events and ledger entries carry no foreign keys: checking four of them row by row cost more than everything
-- else in a 10,000-event batch together. Their references hold without them: the app role can neither delete
-- rule versions, events nor entries (no DELETE grant) nor rename an approved rule (trigger above), every event and
-- entry is written after its subject's score row exists, and that score row's foreign key keeps the subject from
-- being deleted.
CREATE TABLE credit_events (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    idempotency_key varchar(200) NULL,
    subject_id uuid NOT NULL,
    rule_code varchar(50) NOT NULL,
    rule_version integer NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    quantity numeric NULL,
    document_number varchar(100) NULL,
    evidence varchar(2000) NULL,
    recorder text NOT NULL,
    department varchar(200) NULL,
    source text NOT NULL,
    score_after integer NULL,
    band_after varchar(20) NULL,
    CONSTRAINT pk_credit_events PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ix_credit_events_tenant_id_idempotency_key ON credit_events (tenant_id, idempotency_key);
CREATE INDEX ix_credit_events_tenant_id_subject_id ON credit_events (tenant_id, subject_id);

CREATE TABLE ledger_entries (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    sequence bigint NOT NULL,
    event_id uuid NULL,
    subject_id uuid NOT NULL,
    rule_code varchar(50) NOT NULL,
    rule_version integer NOT NULL,
    points integer NOT NULL,
    raw_points integer NOT NULL,
    capped boolean NOT NULL,
    cap_notes text[] NOT NULL,
    quantity numeric NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    expires_at timestamptz NULL,
    band_override varchar(20) NULL,
    band_override_until timestamptz NULL,
    reverses_id uuid NULL,
    reason varchar(1000) NULL,
    recorder text NOT NULL,
    department varchar(200) NULL,
    previous_hash varchar(64) NOT NULL,
    hash varchar(64) NOT NULL,
    CONSTRAINT pk_ledger_entries PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ix_ledger_entries_tenant_id_sequence ON ledger_entries (tenant_id, sequence);
-- One reversal per entry: a second one would count the correction twice.
CREATE UNIQUE INDEX ix_ledger_entries_tenant_id_reverses_id ON ledger_entries (tenant_id, reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX ix_ledger_entries_tenant_id_subject_id_occurred_at ON ledger_entries (tenant_id, subject_id, occurred_at);
CREATE INDEX ix_ledger_entries_tenant_id_event_id ON ledger_entries (tenant_id, event_id) WHERE event_id IS NOT NULL;

CREATE TABLE ledger_chain_heads (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    last_sequence bigint NOT NULL,
    last_hash varchar(64) NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT pk_ledger_chain_heads PRIMARY KEY (tenant_id)
);

CREATE TABLE scores (
    tenant_id uuid NOT NULL,
    subject_id uuid NOT NULL,
    score integer NOT NULL,
    band varchar(20) NULL,
    scheme_version integer NOT NULL,
    computed_at timestamptz NOT NULL,
    next_change_at timestamptz NULL,
    CONSTRAINT pk_scores PRIMARY KEY (tenant_id, subject_id),
    CONSTRAINT fk_scores_subjects FOREIGN KEY (tenant_id, subject_id) REFERENCES subjects (tenant_id, id)
);
CREATE INDEX ix_scores_tenant_id_next_change_at ON scores (tenant_id, next_change_at) WHERE next_change_at IS NOT NULL;

CREATE TABLE score_snapshots (
    tenant_id uuid NOT NULL,
    subject_id uuid NOT NULL,
    month date NOT NULL,
    score integer NOT NULL,
    band varchar(20) NULL,
    scheme_version integer NOT NULL,
    taken_at timestamptz NOT NULL,
    CONSTRAINT pk_score_snapshots PRIMARY KEY (tenant_id, subject_id, month),
    CONSTRAINT fk_score_snapshots_subjects FOREIGN KEY (tenant_id, subject_id) REFERENCES subjects (tenant_id, id)
);
CREATE INDEX ix_score_snapshots_tenant_id_month ON score_snapshots (tenant_id, month);

ALTER TABLE scoring_schemes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scoring_schemes
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE scoring_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scoring_rules
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE credit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON credit_events
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE ledger_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ledger_entries
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE ledger_chain_heads ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ledger_chain_heads
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scores
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE score_snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON score_snapshots
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE ON guardrail_sets TO creditplatform_app;
-- Scheme versions, events, ledger entries and snapshots are append-only for the application.
GRANT SELECT, INSERT ON scoring_schemes TO creditplatform_app;
GRANT SELECT, INSERT, UPDATE ON scoring_rules TO creditplatform_app;
GRANT SELECT, INSERT ON credit_events TO creditplatform_app;
GRANT SELECT, INSERT ON ledger_entries TO creditplatform_app;
GRANT SELECT, INSERT, UPDATE ON ledger_chain_heads TO creditplatform_app;
GRANT SELECT, INSERT, UPDATE ON scores TO creditplatform_app;
GRANT SELECT, INSERT ON score_snapshots TO creditplatform_app;
