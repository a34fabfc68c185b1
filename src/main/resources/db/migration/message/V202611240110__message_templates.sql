-- A template message keeps what was asked (name, language, parameters) for its send job;
-- content holds the rendered body the inbox shows.
ALTER TABLE messages ADD COLUMN template JSONB;
