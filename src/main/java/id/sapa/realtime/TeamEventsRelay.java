package id.sapa.realtime;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.conversation.ConversationEvent.NoteAdded;
import id.sapa.conversation.Note;
import id.sapa.operator.OperatorEvent.OperatorStatusChanged;
import id.sapa.operator.OperatorStatus;

/**
 * Pushes what the team needs to see of each other to the tenant's sockets on {@code /messages}:
 * presence ({@code cs-status-changed}), handovers ({@code conversation-assigned}) and internal notes
 * ({@code internal-note-added}).
 */
@Component
class TeamEventsRelay {

    private final TenantBroadcast broadcast;

    TeamEventsRelay(TenantBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    @EventListener
    void on(OperatorStatusChanged event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "cs-status-changed",
                () -> new CsStatusChanged(event.userId().toString(), event.status(), event.lastSeenAt()));
    }

    @EventListener
    void on(ConversationAssigned event) {
        broadcast.send(MessagesGateway.PATH, event.tenantId(), "conversation-assigned",
                () -> new ConversationAssignedPayload(event.conversationId().toString(), text(event.to()),
                        text(event.from()), text(event.by())));
    }

    /** Goes to the team's sockets only: the customer's phone is never a socket. */
    @EventListener
    void on(NoteAdded event) {
        Note note = event.note();
        broadcast.sendAbout(MessagesGateway.PATH, note.tenantId(), note.conversationId(), "internal-note-added",
                () -> new InternalNoteAdded(note.conversationId().toString(), new NoteView(note.id().toString(),
                        new Author(text(note.authorId()), note.authorName()), note.content(), note.createdAt())));
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    record InternalNoteAdded(String conversationId, NoteView note) {
    }

    record NoteView(String id, Author author, String content, Instant createdAt) {
    }

    @JsonInclude(Include.NON_NULL)
    record Author(String id, String name) {
    }

    /** {@code csOperatorId}: whose presence changed. */
    @JsonInclude(Include.NON_NULL)
    record CsStatusChanged(String csOperatorId, OperatorStatus status, Instant lastSeenAt) {
    }

    /**
     * @param assignedCsId   the new assignee; absent when the conversation went back to the queue
     * @param previousCsId   the one before, absent when it was unassigned
     * @param assignedBy     who did it; absent when Sapa assigned it automatically
     */
    @JsonInclude(Include.NON_NULL)
    record ConversationAssignedPayload(String conversationId, String assignedCsId, String previousCsId,
            String assignedBy) {
    }
}
