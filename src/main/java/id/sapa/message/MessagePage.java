package id.sapa.message;

import java.util.List;

import id.sapa.conversation.ConversationMessage;

/**
 * A page of a conversation's history, oldest first, as {@code GET /api/messages} answers it.
 *
 * @param hasMore whether older messages exist before the first one of this page
 */
public record MessagePage(List<ConversationMessage> messages, boolean hasMore) {

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
