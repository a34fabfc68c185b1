package id.sapa.conversation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.sapa.shared.UserId;

/**
 * The state a team member's changes lead to, and what actually changed, by API name (the
 * {@code updates} of {@link ConversationEvents.ConversationChanged}). Values equal to the current
 * ones are no change at all: no event, no assignment history.
 */
record ConversationEdit(
        ConversationStatus status,
        Priority priority,
        ChatMode mode,
        List<String> tags,
        String internalNotes,
        UserId assignedCsId,
        Instant resolvedAt,
        Map<String, Object> updates) {

    static ConversationEdit of(Conversation before, ConversationChanges changes, Instant now) {
        ConversationStatus status = Objects.requireNonNullElse(changes.status(), before.status());
        Priority priority = Objects.requireNonNullElse(changes.priority(), before.priority());
        List<String> tags = Objects.requireNonNullElse(changes.tags(), before.tags());
        String notes = changes.internalNotes() == null ? before.internalNotes() : changes.internalNotes().orElse(null);
        UserId assignee = changes.assignedCsId() == null ? before.assignedCsId() : changes.assignedCsId().orElse(null);
        boolean handedToSomeone = assignee != null && !assignee.equals(before.assignedCsId());
        // Seed 003: once a person takes the chat the bot stops answering; "paused" stays paused.
        ChatMode mode = changes.mode() != null ? changes.mode()
                : handedToSomeone && before.mode() == ChatMode.BOT ? ChatMode.AGENT : before.mode();
        Instant resolvedAt = status != ConversationStatus.RESOLVED ? null
                : before.status() == ConversationStatus.RESOLVED ? before.resolvedAt() : now;

        Map<String, Object> updates = new LinkedHashMap<>();
        putIfChanged(updates, "status", before.status().code(), status.code());
        putIfChanged(updates, "priority", before.priority().code(), priority.code());
        putIfChanged(updates, "mode", before.mode().code(), mode.code());
        putIfChanged(updates, "tags", before.tags(), tags);
        putIfChanged(updates, "internalNotes", before.internalNotes(), notes);
        putIfChanged(updates, "assignedCsId", text(before.assignedCsId()), text(assignee));
        putIfChanged(updates, "resolvedAt", text(before.resolvedAt()), text(resolvedAt));
        return new ConversationEdit(status, priority, mode, tags, notes, assignee, resolvedAt,
                Collections.unmodifiableMap(updates));
    }

    boolean changesAnything() {
        return !updates.isEmpty();
    }

    boolean reassigns() {
        return updates.containsKey("assignedCsId");
    }

    private static void putIfChanged(Map<String, Object> updates, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            updates.put(field, after);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
