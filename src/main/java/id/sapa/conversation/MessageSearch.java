package id.sapa.conversation;

import java.util.List;
import java.util.UUID;

import id.sapa.shared.TenantId;

/**
 * The message words of the inbox search box. Messages and their full-text index belong to the
 * message module, which depends on this one; it provides this interface so the dependency does not
 * turn into a cycle (like {@link ConversationMessages}).
 */
public interface MessageSearch {

    /**
     * The ids of the tenant's conversations with a message containing all these words, each once,
     * found through an index; empty for none.
     */
    List<UUID> conversationsMentioning(TenantId tenantId, String words);
}
