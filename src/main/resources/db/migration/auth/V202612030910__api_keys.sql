-- Keys a tenant's programs (a billing or point-of-sale system) call the API with. Only a hash of the
-- secret is kept: the key is shown once, when it is created.
CREATE TABLE api_keys (
    id            UUID PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    -- The public part of the key ("sapa_<prefix>_<secret>"): finds the key without scanning hashes.
    prefix        VARCHAR(16)  NOT NULL UNIQUE,
    secret_hash   BYTEA        NOT NULL,
    scopes        TEXT[]       NOT NULL,
    -- The key never allows more than this user could; it stops working when they are removed.
    issued_by     UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id, created_at DESC);
