package id.sapa.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.sapa.shared.UserId;

/**
 * What a team member changes on a conversation. A {@code null} component is left as it is; for the
 * values that can be cleared, an empty {@link Optional} clears them (no notes, unassigned, no longer
 * snoozed: open again).
 *
 * @param snoozedUntil puts the conversation aside as pending until then
 */
public record ConversationChanges(
        ConversationStatus status,
        Priority priority,
        ChatMode mode,
        List<String> tags,
        Optional<String> internalNotes,
        Optional<UserId> assignedCsId,
        Optional<Instant> snoozedUntil) {

    public ConversationChanges {
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** Changes that leave the snooze as the status has it. */
    public ConversationChanges(ConversationStatus status, Priority priority, ChatMode mode, List<String> tags,
            Optional<String> internalNotes, Optional<UserId> assignedCsId) {
        this(status, priority, mode, tags, internalNotes, assignedCsId, null);
    }

    public static ConversationChanges assign(UserId assignee) {
        return new ConversationChanges(null, null, null, null, null, Optional.of(assignee));
    }

    public static ConversationChanges unassign() {
        return new ConversationChanges(null, null, null, null, null, Optional.empty());
    }
}
