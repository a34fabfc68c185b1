-- Every message of a conversation, both directions (seed 002 table 3).
CREATE TABLE messages (
    id                          UUID PRIMARY KEY,
    tenant_id                   UUID          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    conversation_id             UUID          NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    channel_id                  UUID          NOT NULL,
    -- The provider's id (WhatsApp's wamid). NULL for an outbound message not yet accepted.
    wa_message_id               VARCHAR(128),
    direction                   VARCHAR(10)   NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    sender_type                 VARCHAR(20)   NOT NULL CHECK (sender_type IN ('customer', 'cs', 'system', 'auto_reply', 'ai')),
    sender_id                   VARCHAR(100),
    sender_name                 VARCHAR(100),
    message_type                VARCHAR(20)   NOT NULL DEFAULT 'text' CHECK (message_type IN
        ('text', 'image', 'video', 'audio', 'document', 'sticker', 'location', 'contacts', 'reaction',
         'interactive', 'template', 'unsupported', 'system')),
    content                     TEXT,
    media_url                   TEXT,
    media_mime_type             VARCHAR(100),
    media_size                  BIGINT,
    media_file_name             VARCHAR(255),
    latitude                    DOUBLE PRECISION,
    longitude                   DOUBLE PRECISION,
    quoted_message_id           UUID          REFERENCES messages (id) ON DELETE SET NULL,
    quoted_wa_message_id        VARCHAR(128),
    is_forwarded                BOOLEAN       NOT NULL DEFAULT false,
    forward_count               INTEGER       NOT NULL DEFAULT 0,
    status                      VARCHAR(20)   NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed')),
    error_code                  VARCHAR(50),
    error_message               TEXT,
    send_attempts               INTEGER       NOT NULL DEFAULT 0,
    sent_at                     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    delivered_at                TIMESTAMPTZ,
    read_at                     TIMESTAMPTZ,
    failed_at                   TIMESTAMPTZ,
    created_at                  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- Inbound is idempotent on the provider's id; receipts find outbound messages by it.
CREATE UNIQUE INDEX messages_provider_id_key ON messages (tenant_id, channel_id, wa_message_id)
    WHERE wa_message_id IS NOT NULL;
-- Keyset paging of a conversation, newest first.
CREATE INDEX messages_conversation_idx ON messages (tenant_id, conversation_id, sent_at DESC, id DESC);
CREATE INDEX messages_unread_idx ON messages (conversation_id) WHERE direction = 'inbound' AND read_at IS NULL;
