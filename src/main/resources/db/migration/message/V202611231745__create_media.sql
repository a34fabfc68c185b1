-- Media files Sapa keeps (inbound downloads, uploads to send); bytes live in the media storage.
CREATE TABLE media (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    mime_type   VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    file_name   VARCHAR(255),
    storage_key TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX media_tenant_idx ON media (tenant_id);
