-- Single-use links an owner or admin hands a member who forgot their password (no e-mail server is
-- needed). Only a hash of the token is kept, as for invitations.
CREATE TABLE password_resets (
    token_hash  TEXT PRIMARY KEY,
    tenant_id   UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_by   UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    -- Set when used, or when a newer link for the same user replaced it.
    used_at     TIMESTAMPTZ
);
CREATE INDEX password_resets_user_idx ON password_resets (tenant_id, user_id);

-- Each access token carries the generation it was issued in; "sign out everywhere" and every password
-- change start a new one, and older tokens no longer sign the user in.
ALTER TABLE users ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
