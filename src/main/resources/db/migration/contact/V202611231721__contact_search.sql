-- The contact list's sort orders, each within one tenant and with the id as tie-breaker, so a page is
-- read in index order instead of sorting all of a tenant's contacts. Contacts never contacted or
-- without a name come last, hence NULLS LAST (the index this replaces put them first).
-- The search (a part of name, e-mail or phone) cannot use a b-tree: it filters the one tenant's rows.
-- pg_trgm would index it but is not installed everywhere.
DROP INDEX contacts_last_contact_idx;
CREATE INDEX contacts_last_contact_idx ON contacts (tenant_id, last_contact_at DESC NULLS LAST, id DESC);
CREATE INDEX contacts_name_idx ON contacts (tenant_id, lower(name), id);
CREATE INDEX contacts_created_idx ON contacts (tenant_id, created_at DESC, id DESC);
