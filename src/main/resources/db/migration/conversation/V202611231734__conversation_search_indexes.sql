-- The inbox search as index look-ups instead of scans of a tenant's conversations: words of the
-- customer's name (matched as word prefixes), and the phone number by its beginning or its end
-- (the last digits people read off a receipt).
CREATE INDEX conversations_name_words_idx ON conversations USING gin (to_tsvector('simple', coalesce(customer_name, '')));
CREATE INDEX conversations_phone_prefix_idx ON conversations (tenant_id, customer_phone text_pattern_ops);
CREATE INDEX conversations_phone_suffix_idx ON conversations (tenant_id, reverse(customer_phone) text_pattern_ops);
