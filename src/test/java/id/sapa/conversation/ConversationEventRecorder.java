package id.sapa.conversation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sapa.conversation.ConversationEvents.ConversationAssigned;
import id.sapa.conversation.ConversationEvents.ConversationChanged;
import id.sapa.shared.ConversationId;

/**
 * Listens like another module would and keeps what the conversation module told it. Events are
 * published in the request's thread, so they are here by the time the HTTP response is.
 */
@Component
public class ConversationEventRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ConversationChanged changed) {
        events.add(changed);
    }

    @EventListener
    void on(ConversationAssigned assigned) {
        events.add(assigned);
    }

    /** The {@code updates} of every change of the conversation, in order. */
    public List<Map<String, Object>> changes(ConversationId id) {
        return events.stream()
                .filter(event -> event instanceof ConversationChanged changed && changed.conversationId().equals(id))
                .map(event -> ((ConversationChanged) event).updates())
                .toList();
    }

    public List<ConversationAssigned> assignments(ConversationId id) {
        return events.stream()
                .filter(event -> event instanceof ConversationAssigned assigned && assigned.conversationId().equals(id))
                .map(ConversationAssigned.class::cast)
                .toList();
    }
}
