-- The send queue's pacing, shared by every Sapa node: for each business number (recipient '') and
-- each number and customer, the next free slot ("theoretical arrival time" of the generic cell
-- rate algorithm). A slot in the past means the same as no row, so old rows may be deleted at any
-- time. Unlogged: after a crash the table starts empty, which only lets one burst through.
CREATE UNLOGGED TABLE send_pacing (
    channel_id    UUID        NOT NULL,
    recipient     VARCHAR(20) NOT NULL,
    next_free_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel_id, recipient)
);
CREATE INDEX send_pacing_next_free_idx ON send_pacing (next_free_at);
