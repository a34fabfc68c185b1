-- A delivery whose items fail is tried again a bounded number of times; these say how often so far,
-- why the last try failed and since when it fails.
ALTER TABLE webhook_deliveries
    ADD COLUMN attempts        INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN last_error      TEXT,
    ADD COLUMN first_failed_at TIMESTAMPTZ;

-- Deliveries that still failed after the last attempt: kept for the operator to look at and retry
-- instead of being retried forever. The channel (and so the tenant) is the one whose secret
-- authenticated the body, or for the shared Meta app the one channel its failed items were routed
-- to; NULL when they were not routed to exactly one, and then no tenant sees the dead letter.
CREATE TABLE webhook_dead_letters (
    id              UUID PRIMARY KEY,
    provider        VARCHAR(20) NOT NULL,
    channel_id      UUID        REFERENCES channels (id) ON DELETE CASCADE,
    tenant_id       UUID        REFERENCES tenants (id) ON DELETE CASCADE,
    body            BYTEA       NOT NULL,
    attempts        INTEGER     NOT NULL,
    -- The failed items' ids and reasons, one a line; never their content.
    last_error      TEXT,
    first_failed_at TIMESTAMPTZ,
    dead_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_dead_letters_tenant_idx ON webhook_dead_letters (tenant_id, dead_at DESC) WHERE tenant_id IS NOT NULL;
