package id.sapa.realtime;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;

/**
 * Room names. A socket is put in its tenant's room when it connects and in a conversation's room
 * only after the conversation was found in its tenant, so being in a room is the permission to
 * hear it.
 */
final class Rooms {

    private Rooms() {
    }

    static String tenant(TenantId tenantId) {
        return "tenant:" + tenantId;
    }

    static String conversation(ConversationId conversationId) {
        return "conversation:" + conversationId;
    }
}
