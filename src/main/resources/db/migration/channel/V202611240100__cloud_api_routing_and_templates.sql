-- Meta webhooks name the business number by its phone_number_id: find the channel by it.
CREATE INDEX channels_phone_number_id_idx ON channels ((settings ->> 'phoneNumberId')) WHERE provider = 'cloud_api';
CREATE INDEX channels_business_account_idx ON channels ((settings ->> 'businessAccountId')) WHERE provider = 'cloud_api';

-- A tenant's WhatsApp message templates as Meta knows them: synced on demand, kept current by the
-- template status webhook. Only approved ones may be sent.
CREATE TABLE whatsapp_templates (
    tenant_id            UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                 VARCHAR(512) NOT NULL,
    language             VARCHAR(20)  NOT NULL,
    provider_template_id VARCHAR(64),
    category             VARCHAR(30),
    status               VARCHAR(20)  NOT NULL,
    -- The body text with its {{n}} placeholders, and how many values a send must give for them.
    body                 TEXT,
    parameter_count      INTEGER      NOT NULL DEFAULT 0,
    rejected_reason      TEXT,
    synced_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, name, language)
);
