-- One conversation per contact, however the customer is addressed: by phone number, by WhatsApp
-- user id (BSUID) or both. The phone number is optional, as it is for contacts.
ALTER TABLE conversations ALTER COLUMN customer_phone DROP NOT NULL;
ALTER TABLE conversations ADD COLUMN customer_user_id VARCHAR(140);
ALTER TABLE conversations ADD COLUMN customer_username VARCHAR(100);
ALTER TABLE conversations DROP CONSTRAINT conversations_tenant_customer_key;
CREATE UNIQUE INDEX conversations_tenant_contact_key ON conversations (tenant_id, contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX conversations_customer_user_idx ON conversations (tenant_id, customer_user_id) WHERE customer_user_id IS NOT NULL;
-- The inbox search finds a customer without a number by the words of their username too.
DROP INDEX conversations_name_words_idx;
CREATE INDEX conversations_name_words_idx ON conversations
    USING gin (to_tsvector('simple', coalesce(customer_name, '') || ' ' || coalesce(customer_username, '')));
