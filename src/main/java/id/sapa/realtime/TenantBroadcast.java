package id.sapa.realtime;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.sapa.shared.TenantId;

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

    TenantBroadcast(RealtimeServer server, Wire wire) {
        this.server = server;
        this.wire = wire;
    }

    void send(String namespace, TenantId tenantId, String event, Supplier<?> payload) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push(namespace, tenantId, event, payload);
                }
            });
        } else {
            push(namespace, tenantId, event, payload);
        }
    }

    private void push(String namespace, TenantId tenantId, String event, Supplier<?> payload) {
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
