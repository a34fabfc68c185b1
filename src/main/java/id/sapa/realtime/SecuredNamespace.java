package id.sapa.realtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;

import id.sapa.shared.Actor;
import id.sapa.shared.TenantId;

/**
 * A namespace only authenticated sockets use. It refuses a connection that names no user, puts
 * every socket in its tenant's room (and answers seed 002's {@code join-tenant} for it), and hands
 * each client request with the socket's user to its handler: one request after another per socket,
 * off Netty's network threads.
 */
final class SecuredNamespace {

    /** Requests one socket may have waiting; a well-behaved client has one or two. */
    private static final int WAITING_REQUESTS_PER_SOCKET = 64;
    private static final Logger log = LoggerFactory.getLogger(SecuredNamespace.class);

    private final SocketIONamespace namespace;
    private final SocketAuthentication authentication;
    private final Executor executor;
    private volatile PresenceTracker presence;

    SecuredNamespace(SocketIONamespace namespace, SocketAuthentication authentication, Executor executor) {
        this.namespace = namespace;
        this.authentication = authentication;
        this.executor = executor;
        namespace.addAuthTokenListener(authentication::connectPayload);
        namespace.addConnectListener(this::connected);
        namespace.addDisconnectListener(client -> {
            PresenceTracker tracker = presence;
            if (tracker != null) {
                tracker.closed(client.getSessionId());
            }
        });
        on("join-tenant", TenantRef.class, SecuredNamespace::joinTenant);
    }

    /** The sockets of this namespace count as the user being at work. */
    void countsAsPresence(PresenceTracker tracker) {
        this.presence = tracker;
    }

    String name() {
        return namespace.getName();
    }

    /** Handles the client event {@code event}, its first argument read as {@code payloadType}. */
    <T> void on(String event, Class<T> payloadType, Handler<T> handler) {
        namespace.addEventListener(event, payloadType, (client, payload, ack) -> {
            Optional<Actor> actor = SocketAuthentication.actorOf(client);
            SerialExecutor queue = client.get(queueKey());
            SocketRequest request = new SocketRequest(event, client, actor.orElse(null), ack);
            if (actor.isEmpty() || queue == null) {
                // A client may send events to a namespace whose CONNECT was refused; they get nothing.
                request.refuse(SocketAuthentication.AUTHENTICATION_REQUIRED);
                return;
            }
            try {
                queue.execute(() -> handle(handler, request, payload));
            } catch (RejectedExecutionException e) {
                request.refuse("Too many requests at once; wait for the answers");
            }
        });
    }

    private <T> void handle(Handler<T> handler, SocketRequest request, T payload) {
        try {
            handler.handle(request, payload);
        } catch (RuntimeException e) {
            log.warn("Socket.IO {} {} failed for user {}", name(), request.event(), request.actor().userId(), e);
            request.refuse("The request failed");
        }
    }

    /**
     * Seed 002's clients ask to join their tenant's room, and may ask on any namespace. A socket is
     * in it from the start, so this confirms, on every namespace alike, and refuses other tenants.
     */
    private static void joinTenant(SocketRequest request, TenantRef ref) {
        TenantId own = request.actor().tenantId();
        if (!TenantRef.names(ref, own)) {
            request.refuse("You can only join your own tenant");
            return;
        }
        request.client().joinRoom(Rooms.tenant(own));
        request.ok();
    }

    private void connected(SocketIOClient client) {
        Optional<Actor> actor = authentication.connected(client);
        if (actor.isEmpty()) {
            // Reached only by a CONNECT without any auth payload: netty-socketio asks the auth
            // listener only when there is one, and has already acknowledged the CONNECT.
            refuse(client);
            return;
        }
        client.set(queueKey(), new SerialExecutor(executor, WAITING_REQUESTS_PER_SOCKET));
        client.joinRoom(Rooms.tenant(actor.get().tenantId()));
        PresenceTracker tracker = presence;
        if (tracker != null) {
            executor.execute(() -> tracker.opened(client.getSessionId(), actor.get()));
        }
    }

    private void refuse(SocketIOClient client) {
        Packet error = new Packet(PacketType.MESSAGE, client.getEngineIOVersion());
        error.setSubType(PacketType.ERROR);
        error.setNsp(namespace.getName());
        error.setData(Map.of("message", SocketAuthentication.AUTHENTICATION_REQUIRED));
        client.send(error);
        client.disconnect();
    }

    /** Each namespace of a connection has its own queue, made when the namespace connected. */
    private String queueKey() {
        return "sapa.queue:" + namespace.getName();
    }

    @FunctionalInterface
    interface Handler<T> {
        void handle(SocketRequest request, T payload);
    }
}
