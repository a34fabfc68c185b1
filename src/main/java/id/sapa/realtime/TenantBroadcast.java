package id.sapa.realtime;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.corundumstudio.socketio.SocketIOClient;

import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Permission;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import id.sapa.shared.db.AfterCommit;

/**
 * Sends a server → client event to every socket of one tenant in one namespace, once the
 * transaction that published it has committed (at once outside a transaction); a rolled-back
 * change is never shown. Never throws: a push is a courtesy to open screens, which reload what
 * they show when they reconnect, so a failed push must not fail the change that caused it.
 *
 * <p>The relays are plain event listeners deferring here rather than transactional event
 * listeners: those would be recorded in the durable event publication registry, a database write
 * per push for something that needs no retry.
 */
@Component
class TenantBroadcast {

    private static final Logger log = LoggerFactory.getLogger(TenantBroadcast.class);

    private final RealtimeServer server;
    private final Wire wire;
    private final Conversations conversations;

    TenantBroadcast(RealtimeServer server, Wire wire, Conversations conversations) {
        this.server = server;
        this.wire = wire;
        this.conversations = conversations;
    }

    void send(String namespace, TenantId tenantId, String event, Supplier<?> payload) {
        AfterCommit.run(() -> push(namespace, tenantId, event, payload));
    }

    /**
     * Sends what a conversation says (its messages, notes, typing) only to the sockets of users who
     * may work on it: supervisors, its assignee, and everyone while it is unassigned. Whose it is is
     * read after the commit, so a message and a handover in one transaction agree. A payload
     * supplier answering {@code null} (what it would show is gone) sends nothing.
     */
    void sendAbout(String namespace, TenantId tenantId, ConversationId conversationId, String event,
            Supplier<?> payload) {
        AfterCommit.run(() -> pushAbout(namespace, tenantId, conversationId, event, payload));
    }

    private void pushAbout(String namespace, TenantId tenantId, ConversationId conversationId, String event,
            Supplier<?> payload) {
        try {
            Collection<SocketIOClient> clients = server.namespace(namespace)
                    .map(sockets -> sockets.getRoomOperations(Rooms.tenant(tenantId)).getClients()).orElse(List.of());
            // As in push: no look-up and no payload when no screen of the tenant is open.
            if (clients.isEmpty()) {
                return;
            }
            UserId assignee = conversations.find(tenantId, conversationId).map(Conversation::assignedCsId).orElse(null);
            Object built = payload.get();
            if (built == null) {
                return;
            }
            Object data = wire.tree(built);
            for (SocketIOClient client : clients) {
                if (SocketAuthentication.actorOf(client).filter(actor -> follows(actor, assignee)).isPresent()) {
                    client.sendEvent(event, data);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not push {} {} to tenant {}", namespace, event, tenantId, e);
        }
    }

    /** Sends to the sockets of the given users of the tenant only, once the transaction has committed. */
    void sendTo(String namespace, TenantId tenantId, Set<UserId> users, String event, Supplier<?> payload) {
        AfterCommit.run(() -> {
            try {
                Collection<SocketIOClient> clients = server.namespace(namespace)
                        .map(sockets -> sockets.getRoomOperations(Rooms.tenant(tenantId)).getClients()).orElse(List.of());
                Object data = null;
                for (SocketIOClient client : clients) {
                    if (SocketAuthentication.actorOf(client).filter(actor -> users.contains(actor.userId())).isPresent()) {
                        data = data == null ? wire.tree(payload.get()) : data;
                        client.sendEvent(event, data);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not push {} {} to tenant {}", namespace, event, tenantId, e);
            }
        });
    }

    /** Who hears what a conversation says: supervisors, its assignee, and everyone while it is unassigned. */
    static boolean follows(Actor actor, UserId assignee) {
        return actor.can(Permission.SUPERVISE) || assignee == null || assignee.equals(actor.userId());
    }

    /** Sends now: for a caller already running after the commit. */
    void push(String namespace, TenantId tenantId, String event, Supplier<?> payload) {
        try {
            server.namespace(namespace).map(sockets -> sockets.getRoomOperations(Rooms.tenant(tenantId)))
                    // Most changes happen with no screen open (webhooks at night, bulk sends): the
                    // payload is only built when some socket of the tenant will receive it. One
                    // node holds all sockets; a shared store would need its own check here.
                    .filter(room -> !room.getClients().isEmpty())
                    .ifPresent(room -> room.sendEvent(event, wire.tree(payload.get())));
        } catch (RuntimeException e) {
            log.warn("Could not push {} {} to tenant {}", namespace, event, tenantId, e);
        }
    }
}
