package id.sapa.operator;

import java.util.Map;

/**
 * How automatic assignment picks among the free members (tenant setting {@code assignmentStrategy}).
 * Both skip anyone at capacity. The order is over the workload columns of this module's users.
 */
public enum AssignmentStrategy {
    /** In turn: whoever was handed a conversation longest ago; the least loaded on ties. */
    ROUND_ROBIN("last_assigned_at ASC NULLS FIRST, current_chat_count ASC, id"),
    /** The fewest open conversations; in turn on ties. */
    LEAST_LOADED("current_chat_count ASC, last_assigned_at ASC NULLS FIRST, id");

    private final String orderBy;

    AssignmentStrategy(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    public static AssignmentStrategy of(Map<String, Object> settings) {
        return "least_loaded".equals(settings.get("assignmentStrategy")) ? LEAST_LOADED : ROUND_ROBIN;
    }
}
