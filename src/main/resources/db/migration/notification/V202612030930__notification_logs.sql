-- Every notice a billing system asked for (seed 004 notification_logs): what, to whom, and what became
-- of it, following its message's delivery status.
CREATE TABLE notification_logs (
    id               UUID PRIMARY KEY,
    tenant_id        UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    type             VARCHAR(40)  NOT NULL,
    channel          VARCHAR(20)  NOT NULL DEFAULT 'whatsapp',
    -- pending, sent, delivered, read, failed (the number could not send) or skipped (refused for the
    -- customer's sake: opted out, blocked, outside the 24-hour window without a template)
    status           VARCHAR(12)  NOT NULL,
    phone            VARCHAR(20),
    customer_id      TEXT,
    contact_id       UUID,
    message_id       UUID,
    content          TEXT,
    reason           VARCHAR(30),
    error_message    TEXT,
    -- A retried request finds its first result by the client's Idempotency-Key (with the hash of the
    -- request it came with) or by the notice's own key (type and invoice or payment id).
    idempotency_key  VARCHAR(255),
    request_hash     BYTEA,
    natural_key      VARCHAR(300),
    batch_id         UUID,
    batch_index      INTEGER,
    -- who asked: "api-key:<prefix>" or "user:<id>"
    requested_by     VARCHAR(80)  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at          TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    read_at          TIMESTAMPTZ,
    failed_at        TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX notification_logs_idempotency_key ON notification_logs (tenant_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE UNIQUE INDEX notification_logs_natural_key ON notification_logs (tenant_id, natural_key)
    WHERE natural_key IS NOT NULL;
CREATE INDEX notification_logs_history_idx ON notification_logs (tenant_id, created_at DESC, id DESC);
CREATE INDEX notification_logs_customer_idx ON notification_logs (tenant_id, customer_id, created_at DESC, id DESC)
    WHERE customer_id IS NOT NULL;
CREATE INDEX notification_logs_message_idx ON notification_logs (message_id) WHERE message_id IS NOT NULL;

-- The business's own text for a notice type (NULL: Sapa's default in the tenant's language), and the
-- approved WhatsApp template a notice goes as outside the customer's 24-hour window on the Cloud API:
-- its name, language and which notice values fill its {{1}}, {{2}} … in order.
CREATE TABLE notification_templates (
    tenant_id           UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    type                VARCHAR(40)  NOT NULL,
    text                TEXT,
    wa_template_name    VARCHAR(512),
    wa_template_language VARCHAR(15),
    wa_parameters       TEXT[]       NOT NULL DEFAULT '{}',
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, type)
);
