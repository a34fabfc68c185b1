-- Who handed which conversation to whom, and when: the history behind assigned_cs_id, for
-- supervisors' reviews and per-operator reports. Kept when a user is removed (the ids become NULL).
CREATE TABLE conversation_assignments (
    id               UUID PRIMARY KEY,
    tenant_id        UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    conversation_id  UUID        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- NULL: the conversation was unassigned before / is unassigned after.
    from_user_id     UUID        REFERENCES users (id) ON DELETE SET NULL,
    to_user_id       UUID        REFERENCES users (id) ON DELETE SET NULL,
    assigned_by      UUID        REFERENCES users (id) ON DELETE SET NULL,
    assigned_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_assignments_conversation_idx
    ON conversation_assignments (tenant_id, conversation_id, assigned_at DESC);
