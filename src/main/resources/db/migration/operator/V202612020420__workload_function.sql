-- The workload columns of users (current_chat_count, total_chats_handled) are written by this module
-- alone, through this function: the conversation module's trigger calls it with every real change of
-- who holds an open conversation (conversation/V202612020421), in the changing transaction, so the
-- counts stay exact whatever path changed the conversation.
--   released: the member who stopped holding an open conversation, or NULL
--   taken:    the member who started holding one, or NULL
--   handled:  the member whose conversation was resolved or closed, or NULL
CREATE FUNCTION operator_workload_changed(released UUID, taken UUID, handled UUID) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    -- Lock in id order: two handovers in opposite directions never wait for each other in a circle.
    -- NO KEY UPDATE, like the UPDATEs below: it does not wait for the KEY SHARE locks that the
    -- foreign key checks of other transactions hold on these users.
    PERFORM 1 FROM users WHERE id IN (released, taken, handled) ORDER BY id FOR NO KEY UPDATE;
    IF released IS DISTINCT FROM taken THEN
        UPDATE users SET current_chat_count = current_chat_count - 1 WHERE id = released;
        UPDATE users SET current_chat_count = current_chat_count + 1 WHERE id = taken;
    END IF;
    UPDATE users SET total_chats_handled = total_chats_handled + 1 WHERE id = handled;
END
$$;
