-- Which tenants have been given the starter quick replies (one claim each, so two first lists at
-- once give them once). A tenant that already wrote quick replies of its own needs no starters.
CREATE TABLE quick_reply_tenants (
    tenant_id          UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    starters_given_at  TIMESTAMPTZ NOT NULL
);
INSERT INTO quick_reply_tenants (tenant_id, starters_given_at)
SELECT DISTINCT tenant_id, now() FROM quick_replies;

-- Categories are kept as typed ("Pengiriman") and found whatever their case.
DROP INDEX quick_replies_tenant_category_idx;
CREATE INDEX quick_replies_tenant_category_idx ON quick_replies (tenant_id, lower(category));
