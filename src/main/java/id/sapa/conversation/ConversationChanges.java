package id.sapa.conversation;

import java.util.List;
import java.util.Optional;

import id.sapa.shared.UserId;

/**
 * What a team member changes on a conversation. A {@code null} component is left as it is; for the
 * two values that can be cleared, an empty {@link Optional} clears them (no notes, unassigned).
 */
public record ConversationChanges(
        ConversationStatus status,
        Priority priority,
        ChatMode mode,
        List<String> tags,
        Optional<String> internalNotes,
        Optional<UserId> assignedCsId) {

    public ConversationChanges {
        tags = tags == null ? null : List.copyOf(tags);
    }

    public static ConversationChanges assign(UserId assignee) {
        return new ConversationChanges(null, null, null, null, null, Optional.of(assignee));
    }

    public static ConversationChanges unassign() {
        return new ConversationChanges(null, null, null, null, null, Optional.empty());
    }
}
