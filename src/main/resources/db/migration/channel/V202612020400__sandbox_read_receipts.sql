-- The read receipts the business sent through the sandbox: what a real customer's phone would
-- show as blue ticks. The channel's deletion (and so its tenant's) removes them.
CREATE TABLE sandbox_read_receipts (
    tenant_id     UUID         NOT NULL,
    channel_id    UUID         NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    wa_message_id VARCHAR(128) NOT NULL,
    typing        BOOLEAN      NOT NULL DEFAULT false,
    read_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (channel_id, wa_message_id)
);
