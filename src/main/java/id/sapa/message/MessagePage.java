package id.sapa.message;

import java.util.List;

/**
 * A page of a conversation's history, oldest first, as {@code GET /api/messages} answers it.
 *
 * @param hasMore whether older messages exist before the first one of this page
 */
public record MessagePage(List<MessageView> messages, boolean hasMore) {

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
