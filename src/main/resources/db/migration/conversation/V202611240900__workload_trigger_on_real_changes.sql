-- An inbound message updates its conversation and names status in the SET list, so the workload
-- trigger ran (a PL/pgSQL call and an after-trigger queue entry) for every customer message even
-- though neither the assignee nor the status changed. Updates now fire it only when one of them
-- really changes; inserts and deletes are unchanged.
DROP TRIGGER conversations_workload ON conversations;

CREATE TRIGGER conversations_workload
    AFTER INSERT OR DELETE ON conversations
    FOR EACH ROW EXECUTE FUNCTION conversations_track_workload();

CREATE TRIGGER conversations_workload_on_change
    AFTER UPDATE OF assigned_cs_id, status ON conversations
    FOR EACH ROW WHEN (OLD.assigned_cs_id IS DISTINCT FROM NEW.assigned_cs_id OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION conversations_track_workload();
