-- Platform administration: jurisdictions carry their Chinese and English names apart and can be closed;
-- users invited by e-mail hold an open invitation until they set their password.

ALTER TABLE tenants ADD COLUMN name_zh varchar(200) NOT NULL DEFAULT '';
ALTER TABLE tenants ADD COLUMN name_en varchar(200) NOT NULL DEFAULT '';
ALTER TABLE tenants ADD COLUMN closed_at timestamptz NULL;

-- Existing rows hold "中文名 English name": the Chinese name up to the first space, the English one after it.
UPDATE tenants SET
    name_zh = CASE WHEN position(' ' IN name) > 1 THEN left(name, position(' ' IN name) - 1) ELSE name END,
    name_en = CASE WHEN position(' ' IN name) > 1 THEN substr(name, position(' ' IN name) + 1) ELSE name END
WHERE name_zh = '';

ALTER TABLE users ADD COLUMN invitation_expires_at timestamptz NULL;
