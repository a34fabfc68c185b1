-- One conversation per tenant and customer phone (seed 002 table 2, modes of seed 003).
CREATE TABLE conversations (
    id                        UUID PRIMARY KEY,
    tenant_id                 UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    contact_id                UUID         REFERENCES contacts (id) ON DELETE SET NULL,
    assigned_cs_id            UUID         REFERENCES users (id) ON DELETE SET NULL,
    customer_phone            VARCHAR(20)  NOT NULL,
    customer_name             VARCHAR(100),
    customer_avatar_url       TEXT,
    status                    VARCHAR(20)  NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'pending', 'resolved', 'closed', 'spam')),
    priority                  VARCHAR(20)  NOT NULL DEFAULT 'normal'
        CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    mode                      VARCHAR(20)  NOT NULL DEFAULT 'bot' CHECK (mode IN ('bot', 'agent', 'paused')),
    unread_count              INTEGER      NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    total_messages            INTEGER      NOT NULL DEFAULT 0,
    last_message_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_message_content      TEXT,
    last_message_from         VARCHAR(20)  CHECK (last_message_from IN ('customer', 'cs', 'system', 'auto_reply')),
    -- Start of WhatsApp's 24-hour customer-service window.
    last_customer_message_at  TIMESTAMPTZ,
    tags                      TEXT[]       NOT NULL DEFAULT '{}',
    category                  VARCHAR(50),
    internal_notes            TEXT,
    created_at                TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ  NOT NULL DEFAULT now(),
    resolved_at               TIMESTAMPTZ,
    -- When a customer message last made a resolved or closed conversation active again.
    reopened_at               TIMESTAMPTZ,
    CONSTRAINT conversations_tenant_customer_key UNIQUE (tenant_id, customer_phone)
);
CREATE INDEX conversations_last_message_idx ON conversations (tenant_id, last_message_at DESC, id DESC);
CREATE INDEX conversations_status_idx ON conversations (tenant_id, status, last_message_at DESC);
CREATE INDEX conversations_assigned_idx ON conversations (tenant_id, assigned_cs_id);
CREATE INDEX conversations_unread_idx ON conversations (tenant_id, unread_count) WHERE unread_count > 0;
CREATE INDEX conversations_tags_idx ON conversations USING gin (tags);
