-- A subject's e-mail address and mobile number, for notices besides the inbox: encrypted like the identifier
-- (AES-GCM under the identifier key), with a masked copy for display.
ALTER TABLE subjects
    ADD COLUMN email_cipher bytea NULL,
    ADD COLUMN masked_email varchar(64) NULL,
    ADD COLUMN phone_cipher bytea NULL,
    ADD COLUMN masked_phone varchar(64) NULL;
