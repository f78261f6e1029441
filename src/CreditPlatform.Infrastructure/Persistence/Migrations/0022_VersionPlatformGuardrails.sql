-- The platform's guardrails, once constants in code, become versions that one platform administrator proposes and
-- another approves. Version 1 is what the code held. Platform-level: every jurisdiction's rules are checked against
-- the active version, and it is nobody's personal data.
CREATE TABLE platform_guardrail_versions (
    version integer PRIMARY KEY,
    limits jsonb NOT NULL,
    status text NOT NULL,
    note varchar(2000) NULL,
    proposed_by text NOT NULL,
    proposed_at timestamptz NOT NULL,
    decided_by text NULL,
    decided_at timestamptz NULL,
    rejection_reason varchar(2000) NULL,
    CONSTRAINT ck_platform_guardrail_versions_status CHECK (status IN ('Proposed', 'Active', 'Superseded', 'Rejected'))
);
-- One version in force and one proposal under review at a time.
CREATE UNIQUE INDEX ux_platform_guardrail_versions_active ON platform_guardrail_versions (status) WHERE status = 'Active';
CREATE UNIQUE INDEX ux_platform_guardrail_versions_proposed ON platform_guardrail_versions (status) WHERE status = 'Proposed';

INSERT INTO platform_guardrail_versions (version, limits, status, note, proposed_by, proposed_at, decided_by, decided_at)
VALUES (1,
        ('{"Name":"platform","LegalBasisRequired":true,"MaxPointsPerEntry":200,"MaxPointsPerSubjectPerRulePerPeriod":null,'
        || '"ForbiddenCategories":["ethnicity","religion","political_opinion","petition","lawful_speech"],'
        || '"BandOverrideOnPersonsAllowed":true,"MaxPurchasablePointsPerYear":30}')::jsonb,
        'Active', 'The limits the platform shipped with.', 'system', now(), 'system', now());

-- A version's limits never change once written; only its status and decision move.
CREATE FUNCTION platform_guardrail_versions_keep_limits() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF (NEW.version, NEW.limits, NEW.proposed_by, NEW.proposed_at) IS DISTINCT FROM (OLD.version, OLD.limits, OLD.proposed_by, OLD.proposed_at) THEN
        RAISE EXCEPTION 'platform guardrail version % is written: a change is a new version', OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER keep_limits BEFORE UPDATE ON platform_guardrail_versions
    FOR EACH ROW EXECUTE FUNCTION platform_guardrail_versions_keep_limits();

GRANT SELECT, INSERT, UPDATE ON platform_guardrail_versions TO creditplatform_app;
