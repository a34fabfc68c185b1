-- A customer's sender id is their phone number or, when WhatsApp withholds it, their BSUID (up to 140 characters).
ALTER TABLE messages ALTER COLUMN sender_id TYPE VARCHAR(140);
-- Sends to such a customer are paced by the BSUID.
ALTER TABLE send_pacing ALTER COLUMN recipient TYPE VARCHAR(140);
