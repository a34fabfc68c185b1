-- A billing notice (payment, invoice, reminder) sent to the customer: its type, so the inbox marks it
-- and the team sees what the customer is answering. NULL for every other message.
ALTER TABLE messages ADD COLUMN notice_type VARCHAR(40);
