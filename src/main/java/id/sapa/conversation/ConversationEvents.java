package id.sapa.conversation;

import java.util.Map;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;

/** What the conversation module tells the others, published inside the changing transaction. */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    /** A customer wrote for the first time: the conversation now exists. */
    public record ConversationOpened(Conversation conversation) {
    }

    /**
     * A conversation changed; {@code updates} holds the changed fields by their API names
     * (status, priority, mode, assignedCsId, tags, unreadCount, lastMessage…).
     */
    public record ConversationChanged(TenantId tenantId, ConversationId conversationId, Map<String, Object> updates) {
    }
}
