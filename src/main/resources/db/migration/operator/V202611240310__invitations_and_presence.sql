-- Single-use links that let an invited operator choose a password. Only a hash of the token is
-- kept: a copy of the database does not let anyone accept an invitation.
CREATE TABLE operator_invitations (
    token_hash  TEXT PRIMARY KEY,
    tenant_id   UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    invited_by  UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    -- Set when accepted, or when a newer invitation for the same user replaced it.
    used_at     TIMESTAMPTZ
);
CREATE INDEX operator_invitations_user_idx ON operator_invitations (tenant_id, user_id);

-- When the user was last handed a conversation automatically: round-robin order.
ALTER TABLE users ADD COLUMN last_assigned_at TIMESTAMPTZ;
-- Presence sweeps look for users shown present but not seen for a while.
CREATE INDEX users_present_idx ON users (last_seen_at) WHERE status <> 'offline';
