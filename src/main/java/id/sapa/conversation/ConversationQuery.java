package id.sapa.conversation;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;
import id.sapa.shared.ContactId;
import id.sapa.shared.UserId;

/**
 * What the inbox list asks for: filters (each {@code null} or empty when not given), order and page.
 *
 * @param search text to find in the customer's name, phone number or messages
 * @param tags   the conversation must carry all of them
 * @param page   1-based
 * @param viewer when set, only that member's conversations and the unassigned ones (what an
 *               operator sees); {@code null} for everything (supervisors)
 * @param mentioned when set, only the conversations with a note naming that member (their Mentions)
 * @param contact   when set, only that contact's conversation (the contact's page)
 */
public record ConversationQuery(
        ConversationStatus status,
        Assignee assignedTo,
        String search,
        boolean unreadOnly,
        List<String> tags,
        ChatMode mode,
        Priority priority,
        SortBy sortBy,
        boolean ascending,
        int page,
        int limit,
        UserId viewer,
        UserId mentioned,
        ContactId contact) {

    public static final int MAX_LIMIT = 100;

    /** Whether nothing but the status narrows the list, so per-status counters give its total. */
    boolean filtersOnlyByStatus() {
        return viewer == null && assignedTo instanceof Anyone && search == null && !unreadOnly && tags.isEmpty() && mode == null
                && priority == null && mentioned == null && contact == null;
    }


    public ConversationQuery {
        Objects.requireNonNull(assignedTo, "assignedTo");
        Objects.requireNonNull(sortBy, "sortBy");
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    long offset() {
        return (long) (page - 1) * limit;
    }

    /** Whose conversations to list. */
    public sealed interface Assignee {
    }

    public record Anyone() implements Assignee {
    }

    public record Unassigned() implements Assignee {
    }

    public record AssignedTo(UserId userId) implements Assignee {
        public AssignedTo {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** The list orders; ties fall back to the newest activity, then the id, so pages never overlap. */
    public enum SortBy {
        LAST_MESSAGE, CREATED_AT, UNREAD_COUNT;

        @JsonValue
        public String code() {
            return Codes.code(this);
        }

        @JsonCreator
        public static SortBy fromCode(String code) {
            return Codes.parse(SortBy.class, code);
        }
    }
}
