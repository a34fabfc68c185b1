-- The users of a tenant: its owner and its CS operators (seed 002, table 7, plus sign-in data).
CREATE TABLE users (
    id                             UUID PRIMARY KEY,
    tenant_id                      UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                           VARCHAR(100) NOT NULL,
    email                          VARCHAR(254) NOT NULL,
    avatar_url                     TEXT,
    role                           VARCHAR(20)  NOT NULL DEFAULT 'operator'
        CHECK (role IN ('owner', 'admin', 'supervisor', 'operator', 'viewer')),
    permissions                    JSONB        NOT NULL DEFAULT '{}'::jsonb,
    status                         VARCHAR(20)  NOT NULL DEFAULT 'offline'
        CHECK (status IN ('online', 'away', 'busy', 'offline')),
    last_seen_at                   TIMESTAMPTZ,
    max_concurrent_chats           INTEGER      NOT NULL DEFAULT 10 CHECK (max_concurrent_chats > 0),
    current_chat_count             INTEGER      NOT NULL DEFAULT 0 CHECK (current_chat_count >= 0),
    total_chats_handled            INTEGER      NOT NULL DEFAULT 0,
    total_messages_sent            INTEGER      NOT NULL DEFAULT 0,
    average_response_time_seconds  INTEGER,
    customer_satisfaction_score    NUMERIC(3, 2) CHECK (customer_satisfaction_score BETWEEN 0 AND 5),
    working_hours                  JSONB,
    -- NULL until the user has chosen a password (an invited operator who has not accepted yet).
    password_hash                  TEXT,
    created_at                     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at                     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Sign-in is by e-mail alone, so an address belongs to one user across all tenants.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant_idx ON users (tenant_id);
CREATE INDEX users_tenant_status_idx ON users (tenant_id, status);
