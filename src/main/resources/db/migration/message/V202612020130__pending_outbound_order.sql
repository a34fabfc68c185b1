-- The send queue's order: each send job asks whether an earlier outbound message of its
-- conversation is still pending, and a completed send asks for the next one. Only pending outbound
-- rows are indexed, so the index stays as small as the queue however large messages grows.
CREATE INDEX messages_pending_outbound_idx ON messages (tenant_id, conversation_id, created_at, id)
    WHERE direction = 'outbound' AND status = 'pending';
