-- The delivery log of one webhook: its outbox messages (kept in the issuing jurisdictions' rows, so read through
-- this function), newest first. The caller is checked to own the webhook before this is called; only the message's
-- id (the delivery id), event, state and the platform's own error text are returned, never the body.
CREATE FUNCTION webhook_deliveries(p_webhook uuid, p_limit integer)
RETURNS TABLE (id uuid, topic varchar, attempts integer, created_at timestamptz, next_attempt_at timestamptz,
               delivered_at timestamptz, last_error varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT o.id, o.topic, o.attempts, o.created_at, o.next_attempt_at, o.delivered_at, o.last_error
    FROM outbox_messages o
    WHERE o.destination = 'webhook:' || p_webhook::text
    ORDER BY o.created_at DESC, o.id DESC
    LIMIT p_limit
$$;
CREATE INDEX ix_outbox_messages_destination ON outbox_messages (destination, created_at);
REVOKE ALL ON FUNCTION webhook_deliveries(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION webhook_deliveries(uuid, integer) TO creditplatform_app;
