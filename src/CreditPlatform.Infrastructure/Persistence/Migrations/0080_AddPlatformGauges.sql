-- The figures operators watch across every jurisdiction, for the metrics endpoint: counts only, no row leaves.
CREATE FUNCTION platform_gauges(p_now timestamptz, p_max_attempts integer)
RETURNS TABLE (appeals_overdue bigint, outbox_backlog bigint, outbox_dead bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    RETURN QUERY
    SELECT (SELECT count(*) FROM appeals a WHERE a.status IN ('Pending', 'Escalated') AND a.decision_due < p_now),
           (SELECT count(*) FROM outbox_messages o WHERE o.delivered_at IS NULL AND o.attempts < p_max_attempts),
           (SELECT count(*) FROM outbox_messages o WHERE o.delivered_at IS NULL AND o.attempts >= p_max_attempts);
END
$$;

REVOKE ALL ON FUNCTION platform_gauges(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform_gauges(timestamptz, integer) TO creditplatform_app;
