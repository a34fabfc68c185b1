package id.sapa.realtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.sapa.realtime.Payloads.ConversationUpdated;
import id.sapa.shared.TenantId;

/**
 * Gathers the fields one transaction changed on each conversation into one
 * {@code conversation-updated} push at its commit: a change is published as one event per thing
 * that happened (status, mode, assignee…), while a screen is told one update naming every field
 * the change touched. Outside a transaction an update goes out at once.
 */
@Component
class ConversationUpdates {

    private final TenantBroadcast broadcast;

    ConversationUpdates(TenantBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    void put(TenantId tenantId, ConversationUpdated update) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            push(tenantId, update);
            return;
        }
        Pending pending = null;
        // These are the current transaction's synchronizations: a suspended outer one keeps its own.
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending mine && mine.owner() == this) {
                pending = mine;
            }
        }
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(tenantId, update);
    }

    private void push(TenantId tenantId, ConversationUpdated update) {
        broadcast.push(MessagesGateway.PATH, tenantId, "conversation-updated", () -> update);
    }

    private record Gathered(TenantId tenantId, Map<String, Object> updates) {
    }

    private final class Pending implements TransactionSynchronization {

        private final Map<String, Gathered> conversations = new LinkedHashMap<>();

        ConversationUpdates owner() {
            return ConversationUpdates.this;
        }

        void add(TenantId tenantId, ConversationUpdated update) {
            conversations.computeIfAbsent(update.conversationId(), id -> new Gathered(tenantId, new LinkedHashMap<>()))
                    .updates().putAll(update.updates());
        }

        @Override
        public void afterCommit() {
            conversations.forEach((id, gathered) -> push(gathered.tenantId(), new ConversationUpdated(id,
                    gathered.updates())));
        }
    }
}
