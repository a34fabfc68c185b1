-- The parts of a template besides its body, as the Graph API lists them: the header (format, text
-- and its placeholder count), the footer and the buttons (type, text, URL with a dynamic suffix).
-- Checked on every template send, so a send gives exactly the values the template needs.
ALTER TABLE whatsapp_templates ADD COLUMN components JSONB NOT NULL DEFAULT '{}'::jsonb;
