-- The id the tenant's billing system knows the customer by, so it can find and update the contact
-- without knowing Sapa's id. Optional: most contacts start from a WhatsApp message. Unique within a
-- tenant, so an upsert by it (and two of them at once) finds one contact.
ALTER TABLE contacts ADD COLUMN customer_id TEXT;
CREATE UNIQUE INDEX contacts_tenant_customer_id_key ON contacts (tenant_id, customer_id) WHERE customer_id IS NOT NULL;
