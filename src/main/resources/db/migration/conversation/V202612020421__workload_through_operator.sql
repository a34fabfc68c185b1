-- The workload trigger (V202611240320, fired on real changes since V202611240900) tells the operator
-- module what changed instead of writing its users table: operator_workload_changed
-- (operator/V202612020420) keeps the counts. Same transaction, same locks, same order as before.
CREATE OR REPLACE FUNCTION conversations_track_workload() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM operator_workload_changed(old_user, new_user, handled);
    RETURN NULL;
END
$$;
