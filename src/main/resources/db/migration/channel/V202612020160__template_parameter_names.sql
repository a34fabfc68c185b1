-- Meta's parameter_format: a named template's placeholders ({{first_name}}) are sent by name, so the
-- registry keeps the body's names in the order they first appear (the header's one name is kept with
-- the header in components). Templates synced before stay positional until the next sync.
ALTER TABLE whatsapp_templates
    ADD COLUMN parameter_format VARCHAR(20) NOT NULL DEFAULT 'positional',
    ADD COLUMN parameter_names  TEXT[]      NOT NULL DEFAULT '{}';
