-- Each user's current_chat_count (open conversations assigned to them) and total_chats_handled
-- (conversations resolved or closed while theirs), kept by a trigger with every write to a
-- conversation, whatever path made it: assignment, resolving, a customer re-opening, removal.
-- Row locks on the users make concurrent changes add up exactly.
CREATE FUNCTION conversations_track_workload() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_user UUID;
    new_user UUID;
    handled  UUID;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.assigned_cs_id IS NOT NULL AND OLD.status IN ('active', 'pending') THEN
        old_user := OLD.assigned_cs_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.assigned_cs_id IS NOT NULL AND NEW.status IN ('active', 'pending') THEN
        new_user := NEW.assigned_cs_id;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.assigned_cs_id IS NOT NULL AND NEW.status IN ('resolved', 'closed')
            AND OLD.status NOT IN ('resolved', 'closed') THEN
        handled := NEW.assigned_cs_id;
    END IF;
    IF old_user IS NOT DISTINCT FROM new_user AND handled IS NULL THEN
        RETURN NULL;
    END IF;
    -- Lock in id order: two handovers in opposite directions never wait for each other in a circle.
    -- NO KEY UPDATE, like the UPDATEs below: it does not wait for the KEY SHARE locks that the
    -- assigned_cs_id foreign key checks of other transactions hold on these users.
    PERFORM 1 FROM users WHERE id IN (old_user, new_user, handled) ORDER BY id FOR NO KEY UPDATE;
    IF old_user IS DISTINCT FROM new_user THEN
        UPDATE users SET current_chat_count = current_chat_count - 1 WHERE id = old_user;
        UPDATE users SET current_chat_count = current_chat_count + 1 WHERE id = new_user;
    END IF;
    UPDATE users SET total_chats_handled = total_chats_handled + 1 WHERE id = handled;
    RETURN NULL;
END
$$;

CREATE TRIGGER conversations_workload
    AFTER INSERT OR DELETE OR UPDATE OF assigned_cs_id, status ON conversations
    FOR EACH ROW EXECUTE FUNCTION conversations_track_workload();

UPDATE users u SET current_chat_count = (
    SELECT count(*) FROM conversations c WHERE c.assigned_cs_id = u.id AND c.status IN ('active', 'pending'));

-- The unassigned queue, longest waiting first.
CREATE INDEX conversations_queue_idx ON conversations (tenant_id, last_customer_message_at)
    WHERE assigned_cs_id IS NULL AND status IN ('active', 'pending');
