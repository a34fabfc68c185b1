-- The customers of a tenant, one per phone number (seed 002 table 4).
CREATE TABLE contacts (
    id                       UUID PRIMARY KEY,
    tenant_id                UUID          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- E.164 with '+'.
    phone                    VARCHAR(20)   NOT NULL,
    wa_id                    VARCHAR(100),
    name                     VARCHAR(100),
    avatar_url               TEXT,
    email                    VARCHAR(254),
    address                  TEXT,
    notes                    TEXT,
    tags                     TEXT[]        NOT NULL DEFAULT '{}',
    segment                  VARCHAR(50),
    total_conversations      INTEGER       NOT NULL DEFAULT 0,
    -- sent by the business to the contact / received by the business from the contact
    total_messages_sent      INTEGER       NOT NULL DEFAULT 0,
    total_messages_received  INTEGER       NOT NULL DEFAULT 0,
    first_contact_at         TIMESTAMPTZ,
    last_contact_at          TIMESTAMPTZ,
    total_orders             INTEGER       NOT NULL DEFAULT 0,
    total_spent              NUMERIC(14, 2) NOT NULL DEFAULT 0,
    average_order_value      NUMERIC(14, 2) NOT NULL DEFAULT 0,
    last_order_at            TIMESTAMPTZ,
    is_blocked               BOOLEAN       NOT NULL DEFAULT false,
    blocked_reason           TEXT,
    blocked_at               TIMESTAMPTZ,
    opted_out_at             TIMESTAMPTZ,
    created_at               TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT contacts_tenant_phone_key UNIQUE (tenant_id, phone)
);
CREATE INDEX contacts_tags_idx ON contacts USING gin (tags);
CREATE INDEX contacts_segment_idx ON contacts (tenant_id, segment);
CREATE INDEX contacts_last_contact_idx ON contacts (tenant_id, last_contact_at DESC);
