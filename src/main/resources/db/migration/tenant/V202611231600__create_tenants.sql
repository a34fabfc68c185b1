-- A tenant is one business: it owns its WhatsApp number, its team and all of its data.
CREATE TABLE tenants (
    id          UUID PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    timezone    VARCHAR(64)  NOT NULL DEFAULT 'Asia/Jakarta',
    locale      VARCHAR(8)   NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
    settings    JSONB        NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
