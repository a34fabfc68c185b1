-- A tenant's WhatsApp connection (seed 002 table 1, whatsapp_sessions): one per tenant.
CREATE TABLE channels (
    id                    UUID PRIMARY KEY,
    tenant_id             UUID        NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    provider              VARCHAR(20) NOT NULL CHECK (provider IN ('sandbox', 'cloud_api', 'whapi', 'linked_device')),
    -- E.164 ('+62…'); NULL until linked.
    phone_number          VARCHAR(20),
    status                VARCHAR(20) NOT NULL DEFAULT 'disconnected'
        CHECK (status IN ('qr_pending', 'connecting', 'connected', 'disconnected', 'logout')),
    qr_code               TEXT,
    qr_expires_at         TIMESTAMPTZ,
    -- Provider secrets (tokens, session keys), sealed with the encryption key; never returned.
    credentials           TEXT,
    -- Non-secret provider facts (display name, quality rating, provider's number id).
    settings              JSONB       NOT NULL DEFAULT '{}'::jsonb,
    last_connected_at     TIMESTAMPTZ,
    last_disconnected_at  TIMESTAMPTZ,
    last_qr_generated_at  TIMESTAMPTZ,
    retry_count           INTEGER     NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- A number can be linked to one business only while it is connected.
CREATE UNIQUE INDEX channels_connected_phone_key ON channels (phone_number) WHERE status = 'connected';
CREATE INDEX channels_status_idx ON channels (status);

-- What the sandbox "phone network" delivered to customers, so tests and demos can see it.
CREATE TABLE sandbox_outbox (
    id                   BIGSERIAL PRIMARY KEY,
    tenant_id            UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    channel_id           UUID         NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    wa_message_id        VARCHAR(100) NOT NULL,
    -- Sapa's own message id: a retried send with the same id is not delivered twice.
    client_message_id    VARCHAR(100) NOT NULL,
    to_phone             VARCHAR(20)  NOT NULL,
    type                 VARCHAR(20)  NOT NULL,
    content              TEXT,
    media_url            TEXT,
    quoted_wa_message_id VARCHAR(100),
    sent_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (channel_id, client_message_id)
);
CREATE INDEX sandbox_outbox_to_idx ON sandbox_outbox (tenant_id, to_phone, id);
