-- Notes the team leaves on a conversation (seed 002 internal notes, seed 003 agent tools): never
-- sent to the customer, never counted as a message or a reply.
CREATE TABLE conversation_notes (
    id               UUID PRIMARY KEY,
    tenant_id        UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    conversation_id  UUID         NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    author_id        UUID         REFERENCES users (id) ON DELETE SET NULL,
    -- Kept so the note still says who wrote it after the author was removed.
    author_name      VARCHAR(100),
    content          TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX conversation_notes_conversation_idx ON conversation_notes (tenant_id, conversation_id, created_at, id);
