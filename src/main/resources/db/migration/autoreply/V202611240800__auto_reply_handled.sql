-- The customer messages the auto-reply engine has decided on, one row each, written in the
-- decision's own transaction: a second run for the same message (a redelivered event, the
-- start-up catch-up) finds it and does nothing. Kept two days; no foreign key, so the inbound
-- path pays nothing for it.
CREATE TABLE auto_reply_handled (
    message_id UUID        PRIMARY KEY,
    handled_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Rows arrive in time order, so a BRIN index finds the old ones for almost no upkeep.
CREATE INDEX auto_reply_handled_age_idx ON auto_reply_handled USING brin (handled_at);

-- The engine used to be a durable application-event listener; its publications are not needed any more.
DELETE FROM event_publication WHERE listener_id LIKE 'id.sapa.autoreply.AutoReplyEngine%';
