-- Running sums behind each member's average response times (seconds, within their working hours
-- where those are set): an answer adds one measurement, no scan of the messages.
ALTER TABLE users ADD COLUMN replies_measured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN response_seconds_total BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN first_replies_measured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN first_response_seconds_total BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN first_response_time_seconds INTEGER;
