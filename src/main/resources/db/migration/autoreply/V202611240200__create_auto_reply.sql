-- Auto-reply rules (seed 002 table 5), with the options the engine adds: whole-word keywords,
-- continue-to-next, re-welcome after N days, and the preset a rule started as.
CREATE TABLE auto_reply_rules (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                 VARCHAR(100) NOT NULL,
    description          TEXT,
    trigger_type         VARCHAR(20)  NOT NULL
        CHECK (trigger_type IN ('welcome', 'keyword', 'time_based', 'pattern', 'menu_selection')),
    keywords             TEXT[]       NOT NULL DEFAULT '{}',
    match_type           VARCHAR(20)  NOT NULL DEFAULT 'contains'
        CHECK (match_type IN ('exact', 'contains', 'starts_with', 'ends_with', 'regex')),
    case_sensitive       BOOLEAN      NOT NULL DEFAULT false,
    whole_word           BOOLEAN      NOT NULL DEFAULT false,
    working_hours        JSONB,
    regex_pattern        TEXT,
    conditions           JSONB,
    welcome_after_days   INTEGER,
    response_type        VARCHAR(20)  NOT NULL DEFAULT 'text'
        CHECK (response_type IN ('text', 'template', 'menu', 'forward_to_cs', 'smart_route')),
    response_message     TEXT,
    response_template    VARCHAR(100),
    menu_options         JSONB        NOT NULL DEFAULT '[]'::jsonb,
    route_to_cs_id       UUID         REFERENCES users (id) ON DELETE SET NULL,
    route_condition      VARCHAR(20),
    priority             INTEGER      NOT NULL DEFAULT 50 CHECK (priority BETWEEN 0 AND 100),
    continue_to_next     BOOLEAN      NOT NULL DEFAULT false,
    cooldown_minutes     INTEGER,
    max_triggers_per_day INTEGER,
    delay_seconds        INTEGER      NOT NULL DEFAULT 2 CHECK (delay_seconds BETWEEN 0 AND 60),
    total_triggered      INTEGER      NOT NULL DEFAULT 0,
    last_triggered_at    TIMESTAMPTZ,
    is_active            BOOLEAN      NOT NULL DEFAULT true,
    preset               VARCHAR(40),
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX auto_reply_rules_tenant_idx ON auto_reply_rules (tenant_id, priority DESC, created_at);
-- Deleting a rule a menu points to is refused; this finds the menus quickly.
CREATE INDEX auto_reply_rules_menu_idx ON auto_reply_rules USING gin (menu_options jsonb_path_ops);

-- Per tenant: the rule-set version every node compares its compiled cache with, and whether the
-- built-in presets were given (once: a tenant who deletes them does not get them back).
CREATE TABLE auto_reply_tenants (
    tenant_id          UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    rules_version      BIGINT      NOT NULL DEFAULT 0,
    presets_seeded_at  TIMESTAMPTZ
);

-- Every reply a rule gave (seed 002 table 6).
CREATE TABLE auto_reply_logs (
    id                    UUID PRIMARY KEY,
    tenant_id             UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    rule_id               UUID        NOT NULL REFERENCES auto_reply_rules (id) ON DELETE CASCADE,
    conversation_id       UUID        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id            UUID        REFERENCES messages (id) ON DELETE SET NULL,
    reply_message_id      UUID        REFERENCES messages (id) ON DELETE SET NULL,
    triggered_by_message  TEXT,
    response_sent         TEXT,
    matched_keyword       VARCHAR(100),
    execution_time_ms     INTEGER,
    success               BOOLEAN     NOT NULL DEFAULT true,
    error_message         TEXT,
    triggered_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX auto_reply_logs_rule_idx ON auto_reply_logs (tenant_id, rule_id, triggered_at DESC);
CREATE INDEX auto_reply_logs_conversation_idx ON auto_reply_logs (conversation_id);

-- One reply decided for one customer message: its durable state while it waits for its delay.
-- Unique per (message, rule): a listener that runs again after a crash cannot reply twice.
CREATE TABLE auto_reply_dispatches (
    id                  UUID PRIMARY KEY,
    tenant_id           UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    conversation_id     UUID        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    rule_id             UUID        NOT NULL REFERENCES auto_reply_rules (id) ON DELETE CASCADE,
    trigger_message_id  UUID        NOT NULL,
    trigger_text        TEXT,
    matched_keyword     VARCHAR(100),
    -- The reply is this menu option's (the customer chose it), or repeats the menu once.
    menu_option         VARCHAR(10),
    menu_repeat         BOOLEAN     NOT NULL DEFAULT false,
    decided_in_micros   INTEGER     NOT NULL DEFAULT 0,
    due_at              TIMESTAMPTZ NOT NULL,
    status              VARCHAR(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'cancelled')),
    reason              TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT auto_reply_dispatches_once UNIQUE (trigger_message_id, rule_id)
);
CREATE INDEX auto_reply_dispatches_pending_idx ON auto_reply_dispatches (tenant_id, conversation_id)
    WHERE status = 'pending';

-- Cooldowns and daily caps: replies per rule, customer (conversation) and tenant-local day.
CREATE TABLE auto_reply_counters (
    tenant_id          UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    rule_id            UUID        NOT NULL REFERENCES auto_reply_rules (id) ON DELETE CASCADE,
    conversation_id    UUID        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    day                DATE        NOT NULL,
    triggers           INTEGER     NOT NULL DEFAULT 0,
    last_triggered_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (conversation_id, rule_id, day)
);

-- Per conversation: when the customer last wrote (for "welcome again after N days") and the
-- menu waiting for the customer's choice, if any.
CREATE TABLE auto_reply_sessions (
    conversation_id   UUID PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    tenant_id         UUID        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    last_inbound_at   TIMESTAMPTZ,
    menu_rule_id      UUID        REFERENCES auto_reply_rules (id) ON DELETE SET NULL,
    menu_expires_at   TIMESTAMPTZ,
    menu_repeated     BOOLEAN     NOT NULL DEFAULT false
);
