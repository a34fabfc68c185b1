-- Authenticated provider webhooks waiting to be processed: the webhook answers 200 as soon as the
-- body is stored here, a durable job does the rest (media downloads included), so a slow download
-- never makes the provider redeliver and a crash loses nothing.
CREATE TABLE webhook_deliveries (
    id          UUID PRIMARY KEY,
    provider    VARCHAR(20) NOT NULL,
    -- The channel whose own secret authenticated the request; NULL for a server-wide endpoint.
    channel_id  UUID REFERENCES channels (id) ON DELETE CASCADE,
    body        BYTEA       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
