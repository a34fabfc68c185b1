-- A notice waits in its log row until it may go: what the caller asked for is kept with it, so a batch
-- row or a notice held back by the quiet hours is sent by a job after a restart exactly as asked.
ALTER TABLE notification_logs
    ADD COLUMN request_text   TEXT,
    ADD COLUMN request_values JSONB NOT NULL DEFAULT '{}',
    -- not before this time (quiet hours, the daily cap, a batch's pace)
    ADD COLUMN scheduled_for  TIMESTAMPTZ;
-- The waiting rows of a batch, in order: what its job walks.
CREATE INDEX notification_logs_batch_pending_idx ON notification_logs (batch_id, batch_index)
    WHERE status = 'pending' AND message_id IS NULL;

-- A send-bulk request: its rows are notification_logs rows with its id, sent one after another by a
-- durable job at the batch's pace.
CREATE TABLE notification_batches (
    id            UUID PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- queued, running, completed, cancelled
    status        VARCHAR(12)  NOT NULL,
    type          VARCHAR(40)  NOT NULL,
    total         INTEGER      NOT NULL,
    delay_ms      INTEGER      NOT NULL,
    -- when the next row is due: each row is planned delay_ms after the one before, not after it finished
    next_at       TIMESTAMPTZ  NOT NULL,
    requested_by  VARCHAR(80)  NOT NULL,
    -- a retried send-bulk with the same Idempotency-Key answers this batch
    idempotency_key VARCHAR(255),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);
CREATE INDEX notification_batches_tenant_idx ON notification_batches (tenant_id, created_at DESC);
CREATE UNIQUE INDEX notification_batches_idempotency_key ON notification_batches (tenant_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- When notices may go: not during the quiet hours (tenant time; they wait until the end), at most
-- daily_cap a day per number. NULL: no limit.
CREATE TABLE notification_settings (
    tenant_id    UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    daily_cap    INTEGER,
    quiet_start  TIME,
    quiet_end    TIME,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Notices sent per tenant and tenant-local day, for the daily cap.
CREATE TABLE notification_daily_counts (
    tenant_id  UUID    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    day        DATE    NOT NULL,
    sent       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day)
);

-- A batch's counts by status, for its progress.
CREATE INDEX notification_logs_batch_idx ON notification_logs (batch_id) WHERE batch_id IS NOT NULL;
