-- The inbox row previews what the customer last wrote, not the bot's or the team's answer to it.
ALTER TABLE conversations ADD COLUMN last_customer_message_content TEXT;
UPDATE conversations SET last_customer_message_content = last_message_content WHERE last_message_from = 'customer';
