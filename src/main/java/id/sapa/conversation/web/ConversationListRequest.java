package id.sapa.conversation.web;

import java.util.List;
import java.util.UUID;

import id.sapa.conversation.ChatMode;
import id.sapa.conversation.ConversationQuery;
import id.sapa.conversation.ConversationQuery.Anyone;
import id.sapa.conversation.ConversationQuery.AssignedTo;
import id.sapa.conversation.ConversationQuery.Assignee;
import id.sapa.conversation.ConversationQuery.SortBy;
import id.sapa.conversation.ConversationQuery.Unassigned;
import id.sapa.conversation.ConversationStatus;
import id.sapa.conversation.Priority;
import id.sapa.shared.Actor;
import id.sapa.shared.Codes;
import id.sapa.shared.ContactId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query string of {@code GET /api/conversations}, taken as text and read here so that every
 * bad value answers 400 naming its parameter in words, not a conversion error.
 */
record ConversationListRequest(
        @Schema(allowableValues = {"active", "pending", "resolved", "closed", "spam"}) String status,
        @Schema(description = "a user id, `me` or `unassigned`") String assignedTo,
        @Schema(allowableValues = {"me"}, description = "only the conversations whose notes name the caller")
        String mentioned,
        @Schema(description = "a contact id: only that contact's conversation") String contactId,
        @Schema(description = "part of the customer's name or phone number (any spelling), or words of their messages")
        String search,
        @Schema(type = "boolean") String unreadOnly,
        @Schema(description = "the conversation must carry all of them") List<String> tags,
        @Schema(allowableValues = {"bot", "agent", "paused"}) String mode,
        @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
        @Schema(allowableValues = {"last_message", "created_at", "unread_count"}, defaultValue = "last_message")
        String sortBy,
        @Schema(allowableValues = {"asc", "desc"}, defaultValue = "desc") String sortOrder,
        @Schema(type = "integer", minimum = "1", defaultValue = "1") String page,
        @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20") String limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_SEARCH_LENGTH = 100;
    static final int MAX_TAGS = 20;

    ConversationQuery toQuery(Actor actor) {
        return new ConversationQuery(
                code("status", status, ConversationStatus.class),
                assignee(actor),
                searchText(),
                flag("unreadOnly", unreadOnly),
                wantedTags(),
                code("mode", mode, ChatMode.class),
                code("priority", priority, Priority.class),
                present(sortBy) ? code("sortBy", sortBy, SortBy.class) : SortBy.LAST_MESSAGE,
                ascending(),
                number("page", page, 1, Integer.MAX_VALUE, 1),
                number("limit", limit, 1, ConversationQuery.MAX_LIMIT, DEFAULT_LIMIT),
                actor.can(Permission.SUPERVISE) ? null : actor.userId(),
                mentionedMe(actor),
                contact());
    }

    private Assignee assignee(Actor actor) {
        if (!present(assignedTo)) {
            return new Anyone();
        }
        return switch (assignedTo.strip()) {
            case "me" -> new AssignedTo(actor.userId());
            case "unassigned" -> new Unassigned();
            default -> {
                try {
                    yield new AssignedTo(new UserId(UUID.fromString(assignedTo.strip())));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField("assignedTo", new Text("harus berupa ID pengguna, 'me' atau 'unassigned'",
                            "must be a user id, 'me' or 'unassigned'"));
                }
            }
        };
    }

    private UserId mentionedMe(Actor actor) {
        if (!present(mentioned)) {
            return null;
        }
        if (!"me".equals(mentioned.strip())) {
            throw ProblemException.invalidField("mentioned", new Text("harus 'me'", "must be 'me'"));
        }
        return actor.userId();
    }

    private ContactId contact() {
        if (!present(contactId)) {
            return null;
        }
        try {
            return new ContactId(UUID.fromString(contactId.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("contactId", new Text("harus berupa id kontak", "must be a contact id"));
        }
    }

    private String searchText() {
        if (!present(search)) {
            return null;
        }
        if (search.strip().length() > MAX_SEARCH_LENGTH) {
            throw ProblemException.invalidField("search", FieldMessages.atMostCharacters(MAX_SEARCH_LENGTH));
        }
        return search.strip();
    }

    private List<String> wantedTags() {
        if (tags == null) {
            return List.of();
        }
        List<String> wanted = tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        if (wanted.size() > MAX_TAGS) {
            throw ProblemException.invalidField("tags", new Text("paling banyak " + MAX_TAGS + " label", "at most " + MAX_TAGS + " tags"));
        }
        return wanted;
    }

    private boolean ascending() {
        if (!present(sortOrder)) {
            return false;
        }
        return switch (sortOrder.strip()) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw ProblemException.invalidField("sortOrder", new Text("harus 'asc' atau 'desc'", "must be 'asc' or 'desc'"));
        };
    }

    private static <E extends Enum<E>> E code(String field, String value, Class<E> type) {
        if (!present(value)) {
            return null;
        }
        try {
            return Codes.parse(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, Codes.notOneOf(type, value.strip()));
        }
    }

    private static boolean flag(String field, String value) {
        if (!present(value)) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(field, new Text("harus true atau false", "must be true or false"));
        };
    }

    private static int number(String field, String value, int min, int max, int fallback) {
        if (!present(value)) {
            return fallback;
        }
        ProblemException invalid = ProblemException.invalidField(field, max == Integer.MAX_VALUE
                ? new Text("harus bilangan bulat paling sedikit " + min, "must be a whole number at least " + min)
                : new Text("harus bilangan bulat antara " + min + " dan " + max, "must be a whole number between " + min + " and " + max));
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw invalid;
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
