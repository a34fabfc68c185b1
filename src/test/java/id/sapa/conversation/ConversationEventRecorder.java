package id.sapa.conversation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.conversation.ConversationEvent.ConversationOpened;
import id.sapa.conversation.ConversationEvent.InternalNotesChanged;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEvent.PriorityChanged;
import id.sapa.conversation.ConversationEvent.ConversationResolved;
import id.sapa.conversation.ConversationEvent.SnoozeChanged;
import id.sapa.conversation.ConversationEvent.StatusChanged;
import id.sapa.conversation.ConversationEvent.TagsChanged;
import id.sapa.shared.ConversationId;

/**
 * Listens like another module would and keeps what the conversation module told it. Events are
 * published in the request's thread, so they are here by the time the HTTP response is.
 */
@Component
public class ConversationEventRecorder {

    private final List<ConversationEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ConversationEvent event) {
        events.add(event);
    }

    /** What the team (or the automation on its behalf) changed on the conversation, in order. */
    public List<ConversationEvent> changes(ConversationId id) {
        return events.stream().filter(event -> switch (event) {
            case StatusChanged e -> e.conversationId().equals(id);
            case ConversationResolved e -> e.conversationId().equals(id);
            case PriorityChanged e -> e.conversationId().equals(id);
            case ModeChanged e -> e.conversationId().equals(id);
            case TagsChanged e -> e.conversationId().equals(id);
            case InternalNotesChanged e -> e.conversationId().equals(id);
            case ConversationAssigned e -> e.conversationId().equals(id);
            case SnoozeChanged e -> e.conversationId().equals(id);
            default -> false;
        }).toList();
    }

    public List<ConversationAssigned> assignments(ConversationId id) {
        return events.stream()
                .filter(event -> event instanceof ConversationAssigned assigned && assigned.conversationId().equals(id))
                .map(ConversationAssigned.class::cast)
                .toList();
    }

    public List<ConversationOpened> opened(ConversationId id) {
        return events.stream()
                .filter(event -> event instanceof ConversationOpened opened && opened.conversationId().equals(id))
                .map(ConversationOpened.class::cast)
                .toList();
    }
}
