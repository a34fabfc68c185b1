-- Colleagues a note names with @: told live, and the conversation listed under their Mentions.
CREATE TABLE note_mentions (
    note_id          UUID         NOT NULL REFERENCES conversation_notes (id) ON DELETE CASCADE,
    user_id          UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id        UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    conversation_id  UUID         NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- Kept so the note still names who it mentioned after that member was renamed or removed.
    user_name        VARCHAR(100),
    PRIMARY KEY (note_id, user_id)
);
CREATE INDEX note_mentions_user_idx ON note_mentions (tenant_id, user_id, conversation_id);
