-- An interactive message (reply buttons or a list) keeps what was asked for its send job, so a
-- retry sends exactly the same; content holds the body the inbox shows.
ALTER TABLE messages ADD COLUMN interactive JSONB;
-- The id of the button or list row a customer's interactive reply chose (Meta's button_reply /
-- list_reply id, a template quick-reply payload); content holds the title the customer saw.
ALTER TABLE messages ADD COLUMN reply_id VARCHAR(256);
