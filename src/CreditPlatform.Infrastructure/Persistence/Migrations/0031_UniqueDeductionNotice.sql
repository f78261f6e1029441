-- Deduction notices are made after commit by the outbox's worker; one entry has one notice however often the
-- message that makes it is handled.
CREATE UNIQUE INDEX ux_notifications_tenant_id_ledger_entry_id_deduction
    ON notifications (tenant_id, ledger_entry_id) WHERE kind = 'Deduction';
