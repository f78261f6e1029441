-- A reviewer may reject a draft with a reason the drafter reads, and retiring a rule takes a second official:
-- the first one's request waits on the active version until another confirms it.
ALTER TABLE scoring_rules
    ADD COLUMN rejected_by text NULL,
    ADD COLUMN rejected_at timestamptz NULL,
    ADD COLUMN rejection_reason varchar(2000) NULL,
    ADD COLUMN retirement_requested_by text NULL,
    ADD COLUMN retirement_requested_at timestamptz NULL,
    ADD COLUMN retirement_requested_to timestamptz NULL;
