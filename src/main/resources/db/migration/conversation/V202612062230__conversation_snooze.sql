-- A conversation put aside until a time: pending meanwhile, open again then or when the customer writes.
ALTER TABLE conversations ADD COLUMN snoozed_until TIMESTAMPTZ;
