package id.sapa.conversation;

import java.util.List;

/** One page of the inbox list and how many conversations match in all. */
public record ConversationPage(List<Conversation> conversations, long total, int page, int limit) {

    public ConversationPage {
        conversations = List.copyOf(conversations);
    }

    public long totalPages() {
        return (total + limit - 1) / limit;
    }
}
