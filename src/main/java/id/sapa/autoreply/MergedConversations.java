package id.sapa.autoreply;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sapa.conversation.ConversationEvent.ConversationsMerged;

/**
 * When two conversations of one customer are joined, the reply log and the replies still waiting
 * follow into the kept conversation, in the joining transaction, before the other is deleted.
 * Counters and an open menu belong to the conversation they were counted in and go with it. A
 * synchronous listener on purpose: the rows must move before the joining transaction deletes the
 * conversation they point to, so this is part of that unit of work.
 */
@Component
class MergedConversations {

    private final JdbcClient jdbc;

    MergedConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ConversationsMerged event) {
        for (String table : new String[] { "auto_reply_logs", "auto_reply_dispatches" }) {
            jdbc.sql("UPDATE " + table + " SET conversation_id = :into WHERE tenant_id = :tenantId AND conversation_id = :from")
                    .param("tenantId", event.tenantId().value()).param("from", event.from().value())
                    .param("into", event.into().value()).update();
        }
    }
}
