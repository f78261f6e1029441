-- At most one open appeal per ledger or list entry, even when two are filed at the same moment.
CREATE UNIQUE INDEX ux_appeals_open_ledger_entry ON appeals (tenant_id, ledger_entry_id)
    WHERE ledger_entry_id IS NOT NULL AND status IN ('Pending', 'Escalated');
CREATE UNIQUE INDEX ux_appeals_open_list_entry ON appeals (tenant_id, list_entry_id)
    WHERE list_entry_id IS NOT NULL AND status IN ('Pending', 'Escalated');
