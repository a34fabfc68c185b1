-- Since when the customer has been waiting for the team (their oldest unanswered message), and
-- whether the team has not answered at all since the conversation opened or re-opened: what
-- response times are measured from.
ALTER TABLE conversations ADD COLUMN awaiting_reply_since TIMESTAMPTZ;
ALTER TABLE conversations ADD COLUMN awaiting_first_reply BOOLEAN NOT NULL DEFAULT false;
