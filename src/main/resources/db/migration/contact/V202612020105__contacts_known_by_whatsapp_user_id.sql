-- A customer who adopted a WhatsApp username may be known by their business-scoped user id (BSUID)
-- alone: the phone number becomes optional, and each identifier finds the contact on its own.
ALTER TABLE contacts ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE contacts ADD COLUMN user_id VARCHAR(140);
ALTER TABLE contacts ADD COLUMN parent_user_id VARCHAR(140);
-- Shown, never matched on: a username can change and later belong to someone else.
ALTER TABLE contacts ADD COLUMN username VARCHAR(100);
ALTER TABLE contacts ADD CONSTRAINT contacts_identified CHECK (phone IS NOT NULL OR user_id IS NOT NULL);
CREATE UNIQUE INDEX contacts_tenant_user_id_key ON contacts (tenant_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX contacts_tenant_parent_user_id_idx ON contacts (tenant_id, parent_user_id) WHERE parent_user_id IS NOT NULL;
