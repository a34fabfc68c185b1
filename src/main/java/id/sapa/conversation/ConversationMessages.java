package id.sapa.conversation;

import java.util.List;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import tools.jackson.databind.JsonNode;

/**
 * The latest messages of a conversation, which its detail view shows. Messages belong to the
 * message module, which depends on this one; it provides this interface so the dependency does not
 * turn into a cycle, and it alone knows what a message shows: each comes as the message module
 * renders it ({@code MessageView}, the same JSON as in {@code GET /api/messages}).
 */
public interface ConversationMessages {

    /** Up to {@code limit} of the newest messages, oldest first; none for another tenant's conversation. */
    List<JsonNode> latest(TenantId tenantId, ConversationId conversationId, int limit);
}
