-- A webhook's secret can be rotated: the secret rotated out keeps signing beside the new one (a second v1 in
-- X-CreditPlatform-Signature) until previous_secret_until, so receivers switch without losing a delivery.
ALTER TABLE webhook_subscriptions
    ADD COLUMN previous_secret_cipher bytea NULL,
    ADD COLUMN previous_secret_until timestamptz NULL;
