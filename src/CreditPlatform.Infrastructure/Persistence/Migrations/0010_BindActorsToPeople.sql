-- Actors are people: every API key names the user who issued it (null: a system actor, such as the seeded
-- platform key or a key issued by one), and a disabled user's keys stop working with them.
ALTER TABLE users ADD COLUMN disabled_at timestamptz NULL;

ALTER TABLE api_keys ADD COLUMN issued_by_user_id uuid NULL REFERENCES users (id);
CREATE INDEX ix_api_keys_issued_by_user_id ON api_keys (issued_by_user_id);

-- Existing keys: the issuer is the user who created them, or, for a key created with a key, that key's issuer.
WITH RECURSIVE issuers (id, user_id) AS (
    SELECT k.id, u.id
    FROM api_keys k
    JOIN users u ON k.created_by = 'user:' || u.id::text
    UNION
    SELECT k.id, i.user_id
    FROM api_keys k
    JOIN issuers i ON k.created_by = 'key:' || i.id::text
)
UPDATE api_keys k SET issued_by_user_id = i.user_id FROM issuers i WHERE k.id = i.id;
