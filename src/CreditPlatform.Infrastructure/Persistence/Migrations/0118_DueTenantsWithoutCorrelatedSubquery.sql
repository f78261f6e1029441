-- The list expiry job asks which tenants have entries past their expiry. 0003 asked it with a subquery correlated to
-- the tenants table, which Citus refuses when tenants is a reference table ("correlated subqueries are not supported
-- when the FROM clause contains a reference table"): on a distributed database no listing ever expired. The same
-- question, asked as outbox_due_tenants asks its own: the distinct tenants of the due rows, then their slugs.
CREATE OR REPLACE FUNCTION list_entries_due_tenants(p_now timestamptz)
RETURNS TABLE (tenant_id uuid, slug varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT t.id, t.slug
    FROM (SELECT DISTINCT e.tenant_id FROM list_entries e
          WHERE e.status <> 'Removed' AND e.expires_at <= p_now) d
    JOIN tenants t ON t.id = d.tenant_id
$$;
