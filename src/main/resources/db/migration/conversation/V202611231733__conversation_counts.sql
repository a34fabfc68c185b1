-- How many conversations each tenant has in each status, kept by a trigger with every write, so the
-- inbox list's total needs no count(*) over a large tenant.
CREATE TABLE conversation_counts (
    tenant_id UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    status    VARCHAR(20) NOT NULL,
    n         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, status)
);

-- One statement per change, rows in status order: two transactions moving conversations in opposite
-- directions (one re-opened, one resolved) lock the two counter rows in the same order, never in a
-- deadlock.
CREATE FUNCTION conversation_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO conversation_counts AS cc (tenant_id, status, n)
    SELECT change.tenant_id, change.status, change.delta
    FROM (
        SELECT OLD.tenant_id AS tenant_id, OLD.status AS status, -1 AS delta WHERE TG_OP IN ('UPDATE', 'DELETE')
        UNION ALL
        SELECT NEW.tenant_id, NEW.status, 1 WHERE TG_OP IN ('INSERT', 'UPDATE')
    ) change
    ORDER BY change.status
    ON CONFLICT (tenant_id, status) DO UPDATE SET n = cc.n + EXCLUDED.n;
    RETURN NULL;
END
$$;

CREATE TRIGGER conversation_counts_on_insert_or_delete
    AFTER INSERT OR DELETE ON conversations
    FOR EACH ROW EXECUTE FUNCTION conversation_counts_track();

CREATE TRIGGER conversation_counts_on_status
    AFTER UPDATE OF status ON conversations
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION conversation_counts_track();

INSERT INTO conversation_counts (tenant_id, status, n)
SELECT tenant_id, status, count(*) FROM conversations GROUP BY tenant_id, status;
