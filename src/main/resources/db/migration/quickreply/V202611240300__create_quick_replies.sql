-- Ready-made answers the team picks by shortcut while chatting (seed 002 table 8).
CREATE TABLE quick_replies (
    id            UUID PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created_by    UUID         REFERENCES users (id) ON DELETE SET NULL,
    shortcut      VARCHAR(50)  NOT NULL,
    title         VARCHAR(100) NOT NULL,
    message       TEXT         NOT NULL,
    category      VARCHAR(50),
    tags          TEXT[]       NOT NULL DEFAULT '{}',
    use_count     INTEGER      NOT NULL DEFAULT 0,
    last_used_at  TIMESTAMPTZ,
    is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
    -- FALSE: only its author sees and uses it.
    is_global     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- "/Greeting" and "/greeting" are the same shortcut to the person typing it. The text_pattern_ops
-- index also serves the prefix search (lower(shortcut) LIKE 'gr%').
CREATE UNIQUE INDEX quick_replies_tenant_shortcut_key ON quick_replies (tenant_id, lower(shortcut) text_pattern_ops);
CREATE INDEX quick_replies_tenant_category_idx ON quick_replies (tenant_id, category);
