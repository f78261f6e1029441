-- Idempotency keys belong to a caller: the same key sent by two systems is two events. A fingerprint of what was
-- sent tells a retry from a reuse. Rows recorded before keep their caller (the recorder) and no fingerprint.
ALTER TABLE credit_events ADD COLUMN idempotency_caller text NULL;
ALTER TABLE credit_events ADD COLUMN payload_fingerprint bytea NULL;
UPDATE credit_events SET idempotency_caller = recorder WHERE idempotency_key IS NOT NULL;
DROP INDEX ix_credit_events_tenant_id_idempotency_key;
CREATE UNIQUE INDEX ix_credit_events_tenant_id_idempotency_caller_idempotency_key
    ON credit_events (tenant_id, idempotency_caller, idempotency_key);
