-- "Who checked me": the check log stays write-only for the application; this function is its one read, and it
-- answers for one identifier hash at a time (the signed-in citizen's own, taken from their subject row).
CREATE FUNCTION checks_of_identifier(p_identifier_hash bytea, p_limit integer)
RETURNS TABLE (at timestamptz, organisation varchar, key_name varchar, measure text, restricted boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT c.at, t.name, k.name, c.measure, c.restricted
    FROM check_log c
    LEFT JOIN tenants t ON t.id = c.caller_tenant_id
    LEFT JOIN api_keys k ON c.actor = 'key:' || k.id::text
    WHERE c.identifier_hash = p_identifier_hash
    ORDER BY c.at DESC
    LIMIT p_limit
$$;
REVOKE ALL ON FUNCTION checks_of_identifier(bytea, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION checks_of_identifier(bytea, integer) TO creditplatform_app;
